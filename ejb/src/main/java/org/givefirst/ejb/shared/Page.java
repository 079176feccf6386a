package org.givefirst.ejb.shared;

import org.givefirst.domain.shared.ReadLimit;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One page of a list that grows without end, newest first. Pages are cut by id ("older than this
 * one") rather than by position, so a page costs the same however deep it lies, and a row added
 * meanwhile never shifts another onto the next page twice.
 *
 * @param items the rows of this page
 * @param nextBefore what to ask for to see the page after this one, or null on the last page
 */
public record Page<T>(List<T> items, Long nextBefore) implements Serializable {

    /** Rows on a page. */
    public static final int SIZE = ReadLimit.PAGE_SIZE;

    public boolean hasNext() {
        return nextBefore != null;
    }

    /**
     * The page of these ids, read one more than a page long to know whether another page follows.
     *
     * @param idsNewestFirst up to {@link #SIZE} + 1 ids, newest first
     * @param load the rows of the first {@link #SIZE} ids, in that order
     */
    public static <T> Page<T> of(List<Long> idsNewestFirst, Function<List<Long>, List<T>> load) {
        Page<Long> ids = ofRows(idsNewestFirst, id -> id);
        return new Page<>(ids.items().isEmpty() ? List.of() : List.copyOf(load.apply(ids.items())), ids.nextBefore());
    }

    /**
     * The page of these rows, read one more than a page long to know whether another page follows.
     *
     * @param rowsNewestFirst up to {@link #SIZE} + 1 rows, newest first
     * @param id a row's id
     */
    public static <T> Page<T> ofRows(List<T> rowsNewestFirst, ToLongFunction<T> id) {
        List<T> items = List.copyOf(rowsNewestFirst.subList(0, Math.min(SIZE, rowsNewestFirst.size())));
        return new Page<>(items, rowsNewestFirst.size() > SIZE ? id.applyAsLong(items.getLast()) : null);
    }

    /** The id below which the page starts: everything for the first page. */
    public static long below(Long before) {
        return before == null ? Long.MAX_VALUE : before;
    }
}
