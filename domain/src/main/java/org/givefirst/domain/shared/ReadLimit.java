package org.givefirst.domain.shared;

/**
 * How many rows the named queries behind the members' pages read, given as a hint on each
 * ({@code @QueryHint(name = ReadLimit.HINT, value = …)}), so that EclipseLink translates each
 * query into SQL once rather than on every page.
 *
 * <p>EclipseLink prepares a named query once: translates its JPQL into SQL and keeps it. A
 * caller's {@code setMaxResults} undoes that in two ways:
 * <ul>
 * <li>A query of columns (a "report query": {@code SELECT o.id, o.title …}) is copied for the
 *     caller, and the copy is always prepared again (EclipseLink 5.0's {@code ReportQuery.clone}
 *     adds its columns anew). So such a query carries its limit itself, and its callers set
 *     none: the dashboard's lines ({@link #DASHBOARD_LINES_AND_ONE}), the ids of a page
 *     ({@link #PAGE_AND_ONE}), the member search ({@link #SEARCH_RESULTS}). A caller who needs
 *     another limit may still set one, and pays the preparation.</li>
 * <li>A query of entities prepared without a limit is prepared again when a caller sets one,
 *     since its SQL has no place for it. Prepared with {@link #UNLIMITED}, its SQL ends in
 *     {@code LIMIT ?} (H2 and MySQL alike), and the caller's limit only fills that parameter.</li>
 * </ul>
 * Each preparation cost 0.07-0.13 ms, three times per dashboard.
 */
public final class ReadLimit {

    /** EclipseLink's {@code QueryHints.JDBC_MAX_ROWS}. */
    public static final String HINT = "eclipselink.jdbc.max-rows";
    /** Integer.MAX_VALUE: no limit until the caller sets one. */
    public static final String UNLIMITED = "2147483647";

    /** Rows on a page of a list that grows without end. */
    public static final int PAGE_SIZE = 20;
    /** A page and one row more, which tells whether another page follows. */
    public static final String PAGE_AND_ONE = "" + (PAGE_SIZE + 1);

    /** The latest lines of each list on a member's dashboard. */
    public static final int DASHBOARD_LINES = 5;
    /** The dashboard's lines and one more, which tells whether the list goes on. */
    public static final String DASHBOARD_LINES_AND_ONE = "" + (DASHBOARD_LINES + 1);

    /** Members a search by name finds at most. */
    public static final int SEARCH_RESULTS_MAX = 20;
    public static final String SEARCH_RESULTS = "" + SEARCH_RESULTS_MAX;

    private ReadLimit() {
    }
}
