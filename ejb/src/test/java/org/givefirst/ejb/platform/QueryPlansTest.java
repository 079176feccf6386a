package org.givefirst.ejb.platform;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.givefirst.ejb.platform.SchemaMigration.Dialect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query a page runs uses an index on MySQL/MariaDB: the SQL of the named queries behind the
 * pages (as EclipseLink issues them, simplified to their WHERE and JOIN), explained against a
 * schema migrated by Flyway and filled with a few thousand rows, so that the optimizer prefers an
 * index wherever one fits. No plan may read a whole table ("type ALL"). Runs when
 * {@code QUERY_PLAN_TEST_DB_URL} names an empty MySQL database (CI's MariaDB leg does).
 */
@EnabledIfEnvironmentVariable(named = "QUERY_PLAN_TEST_DB_URL", matches = "jdbc:mysql:.*")
class QueryPlansTest {

    static final int MEMBERS = 2_000;
    static final int OFFERS = 3_000;
    static final int REQUESTS = 2_000;

    /** Match.findRecentCompleted (the dashboards' recent giving), simplified to its table. */
    static final String RECENT_GIVING = "SELECT * FROM matches WHERE completed_at >= CURRENT_TIMESTAMP - INTERVAL '30' DAY"
            + " ORDER BY completed_at DESC, id DESC LIMIT 8";

    /** Member.findIdsByName, as EclipseLink issues it. */
    static final String MEMBER_SEARCH = "SELECT id FROM members WHERE LOWER(display_name) LIKE '%an%' AND deleted_at IS NULL"
            + " ORDER BY display_name, id LIMIT 20";

    private static MysqlDataSource dataSource;

    @BeforeAll
    static void schemaWithRows() throws SQLException {
        dataSource = new MysqlDataSource();
        dataSource.setURL(System.getenv("QUERY_PLAN_TEST_DB_URL") + "?rewriteBatchedStatements=true");
        dataSource.setUser(System.getenv("DB_USER"));
        dataSource.setPassword(System.getenv("DB_PASSWORD"));
        SchemaMigration.configure(dataSource, Dialect.MYSQL).cleanDisabled(false).load().clean();
        SchemaMigration.configure(dataSource, Dialect.MYSQL).load().migrate();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            batch(connection, "INSERT INTO members (id, version, created_at, updated_at, email, password_hash, display_name,"
                    + " guidelines_accepted_at) VALUES (?, 0, NOW(), NOW(), CONCAT('m', ?, '@example.org'), 'h', CONCAT('M', ?), NOW())",
                    MEMBERS, (s, i) -> { s.setLong(1, i); s.setLong(2, i); s.setLong(3, i); });
            batch(connection, "INSERT INTO offers (id, version, created_at, updated_at, giver_id, kind, title, capacity, status,"
                    + " used_this_month, usage_month) VALUES (?, 0, NOW(), NOW(), ?, ?, 'Offer', 3, ?, 0, 0)",
                    OFFERS, (s, i) -> { s.setLong(1, i); s.setLong(2, 1 + i % MEMBERS); s.setString(3, kind(i));
                        s.setString(4, i % 10 == 0 ? "PAUSED" : "ACTIVE"); });
            batch(connection, "INSERT INTO offer_tags (offer_id, tag) VALUES (?, CONCAT('tag', ?))",
                    OFFERS, (s, i) -> { s.setLong(1, i); s.setLong(2, i % 300); });
            batch(connection, "INSERT INTO offer_words (offer_id, word) VALUES (?, CONCAT('word', ?))",
                    OFFERS, (s, i) -> { s.setLong(1, i); s.setLong(2, i % 500); });
            batch(connection, "INSERT INTO help_requests (id, version, created_at, updated_at, requester_id, kind, title,"
                    + " givers_wanted, accepted_count, completed_count, status) VALUES (?, 0, NOW(), NOW(), ?, ?, 'Request', 1, 0, 0, ?)",
                    REQUESTS, (s, i) -> { s.setLong(1, i); s.setLong(2, 1 + i % MEMBERS); s.setString(3, kind(i));
                        s.setString(4, i % 3 == 0 ? "FULFILLED" : "OPEN"); });
            batch(connection, "INSERT INTO matches (id, version, created_at, updated_at, request_id, offer_id, giver_id, kind,"
                    + " score, status, proposed_at, expires_at, decided_at, completed_at, ref_shown)"
                    + " VALUES (?, 0, NOW(), NOW(), ?, ?, ?, 'CHAT', 1, ?, NOW(), NOW(), NOW(), NOW(), FALSE)",
                    REQUESTS, (s, i) -> { s.setLong(1, i); s.setLong(2, i); s.setLong(3, i); s.setLong(4, 1 + i % MEMBERS);
                        s.setString(5, i % 4 == 0 ? "COMPLETED" : "PROPOSED"); });
            batch(connection, "INSERT INTO notifications (id, created_at, updated_at, recipient_id, type, read_flag)"
                    + " VALUES (?, NOW(), NOW(), ?, 'PROPOSAL_NEW', ?)",
                    MEMBERS * 2, (s, i) -> { s.setLong(1, i); s.setLong(2, 1 + i % MEMBERS); s.setBoolean(3, i % 2 == 0); });
            batch(connection, "INSERT INTO blocks (id, created_at, updated_at, blocker_id, blocked_id) VALUES (?, NOW(), NOW(), ?, ?)",
                    MEMBERS, (s, i) -> { s.setLong(1, i); s.setLong(2, 1 + i % MEMBERS); s.setLong(3, 1 + (i * 7) % MEMBERS); });
            batch(connection, "INSERT INTO reports (id, version, created_at, updated_at, reporter_id, member_id, content_type,"
                    + " reason, resolved_at) VALUES (?, 0, NOW(), NOW(), ?, ?, 'MEMBER', 'SPAM', ?)",
                    MEMBERS, (s, i) -> { s.setLong(1, i); s.setLong(2, 1 + i % MEMBERS); s.setLong(3, 1 + (i * 3) % MEMBERS);
                        s.setTimestamp(4, i % 20 == 0 ? null : new java.sql.Timestamp(System.currentTimeMillis())); });
            batch(connection, "INSERT INTO audit_events (id, occurred_at, event_type, member_id, client_address) VALUES (?, NOW(), ?, ?, ?)",
                    MEMBERS * 5, (s, i) -> { s.setLong(1, i); s.setString(2, i % 3 == 0 ? "SIGN_IN_FAILED" : "SIGNED_IN");
                        s.setLong(3, 1 + i % MEMBERS); s.setString(4, "10.0." + (i % 200) + ".1"); });
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE TABLE members, offers, offer_tags, offer_words, help_requests, matches, notifications,"
                        + " blocks, reports, audit_events");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // sign-in, sign-up: Member.findByEmail
            "SELECT * FROM members WHERE email = 'm7@example.org'",
            // member search: Member.findIdsByName walks the name index in order and stops at the 20th hit
            MEMBER_SEARCH,
            "SELECT id, display_name, headline, matched_only_fields FROM members WHERE id IN (7, 8, 9)",
            // profile: Member.findWithSkills
            "SELECT * FROM members m LEFT JOIN member_skills s ON s.member_id = m.id WHERE m.id = 7",
            // my offers (a page), profile (a page): Offer.findIdsByGiver, findWithTags, findActiveLinesByGiver
            "SELECT id FROM offers WHERE giver_id = 7 AND status <> 'CLOSED' AND id < 99999 ORDER BY id DESC LIMIT 21",
            "SELECT * FROM offers o LEFT JOIN offer_tags t ON t.offer_id = o.id WHERE o.id IN (7, 8, 9) ORDER BY o.id DESC",
            "SELECT id, kind, title FROM offers WHERE giver_id = 7 AND status = 'ACTIVE' AND id < 99999 ORDER BY id DESC LIMIT 21",
            "SELECT DISTINCT status FROM offers WHERE giver_id = 7 AND status <> 'CLOSED'",
            // matching: candidates by tag and by word (MatchingService)
            "SELECT o.id, o.giver_id, t.tag FROM offers o JOIN offer_tags t ON t.offer_id = o.id WHERE t.tag IN ('tag7', 'tag8')"
                    + " AND o.kind = 'CHAT' AND o.status = 'ACTIVE' AND o.giver_id <> 7 AND (o.usage_month <> 202611 OR o.used_this_month < o.capacity)"
                    + " AND o.giver_id NOT IN (SELECT m.giver_id FROM matches m WHERE m.request_id = 7)",
            "SELECT o.id, o.giver_id, w.word FROM offers o JOIN offer_words w ON w.offer_id = o.id WHERE w.word IN ('word7', 'word9')"
                    + " AND o.kind = 'CHAT' AND o.status = 'ACTIVE' AND o.giver_id <> 7",
            // matching: giver load this month (Match.giverLoadSince)
            "SELECT giver_id, COUNT(*) FROM matches WHERE giver_id IN (7, 8, 9) AND decided_at >= NOW()"
                    + " AND status IN ('ACCEPTED', 'COMPLETED') GROUP BY giver_id",
            // dashboard: the latest lines (Match.findInboxLines, Offer.findLinesByGiver, HelpRequest.findLinesByRequester)
            "SELECT m.id, m.status, r.title FROM matches m JOIN help_requests r ON r.id = m.request_id"
                    + " WHERE m.giver_id = 7 AND m.status IN ('PROPOSED', 'ACCEPTED') ORDER BY m.id DESC LIMIT 6",
            "SELECT id, status, title FROM offers WHERE giver_id = 7 AND status <> 'CLOSED' ORDER BY id DESC LIMIT 6",
            "SELECT id, status, title FROM help_requests WHERE requester_id = 7 ORDER BY id DESC LIMIT 6",
            // inbox: Match.findForGiver
            "SELECT * FROM matches m JOIN help_requests r ON r.id = m.request_id JOIN members q ON q.id = r.requester_id"
                    + " WHERE m.giver_id = 7 AND m.status IN ('PROPOSED', 'ACCEPTED') ORDER BY m.id DESC",
            // request page: Match.findForRequest, Match.countProposedForRequest
            "SELECT * FROM matches m JOIN members g ON g.id = m.giver_id WHERE m.request_id = 7 ORDER BY m.id",
            "SELECT COUNT(*) FROM matches WHERE request_id = 7 AND status = 'PROPOSED'",
            // my requests (a page), asking eligibility: HelpRequest.findIdsByRequester, findWithTags, countOpenByRequester
            "SELECT id FROM help_requests WHERE requester_id = 7 AND id < 99999 ORDER BY id DESC LIMIT 21",
            "SELECT * FROM help_requests r LEFT JOIN request_tags t ON t.request_id = r.id WHERE r.id IN (7, 8, 9) ORDER BY r.id DESC",
            "SELECT COUNT(*) FROM help_requests WHERE requester_id = 7 AND status IN ('OPEN', 'MATCHED')",
            // matching on offer changes: which of the open requests new offers may serve, read once a pass
            "SELECT o.id, t.tag FROM offers o JOIN offer_tags t ON t.offer_id = o.id WHERE o.id IN (7, 8)",
            "SELECT o.id, w.word FROM offers o JOIN offer_words w ON w.offer_id = o.id WHERE o.id IN (7, 8)",
            "SELECT request_id, COUNT(*) FROM matches WHERE request_id IN (7, 8, 9) AND status = 'PROPOSED' GROUP BY request_id",
            "SELECT request_id, giver_id FROM matches WHERE request_id IN (7, 8, 9) AND giver_id IN (7, 8)",
            // matching on offer changes: HelpRequest.findOpenIdsByKind, then the new offers' hits
            "SELECT id FROM help_requests WHERE kind = 'CHAT' AND status = 'OPEN' ORDER BY id LIMIT 50",
            "SELECT o.id, o.giver_id, t.tag FROM offers o JOIN offer_tags t ON t.offer_id = o.id WHERE t.tag IN ('tag7', 'tag8')"
                    + " AND o.kind = 'CHAT' AND o.id IN (7, 8) AND o.status = 'ACTIVE' AND o.giver_id <> 7",
            // profile: given and received by kind (Match.countGivenAndReceivedByKind, one UNION)
            "SELECT 0, kind, COUNT(*) FROM matches WHERE giver_id = 7 AND status = 'COMPLETED' GROUP BY kind"
                    + " UNION ALL SELECT 1, m.kind, COUNT(*) FROM matches m JOIN help_requests r ON r.id = m.request_id"
                    + " WHERE r.requester_id = 7 AND m.status = 'COMPLETED' GROUP BY m.kind",
            // dashboard: recent giving (Match.findRecentCompleted, read by RecentGiving twice a minute)
            RECENT_GIVING,
            // the bell and the list: Notification.countUnread, findForRecipient
            "SELECT COUNT(*) FROM notifications WHERE recipient_id = 7 AND read_flag = FALSE",
            "SELECT * FROM notifications WHERE recipient_id = 7 ORDER BY id DESC LIMIT 50",
            // blocks: Block.countBetween (proposals, messages, introductions), Block.findBlockedBy (settings)
            "SELECT COUNT(*) FROM blocks WHERE (blocker_id = 7 AND blocked_id = 8) OR (blocker_id = 8 AND blocked_id = 7)",
            "SELECT m.* FROM blocks b JOIN members m ON m.id = b.blocked_id WHERE b.blocker_id = 7 ORDER BY b.id DESC",
            // the moderation queue: Report.findOpen, Report.countOpen
            "SELECT * FROM reports WHERE resolved_at IS NULL AND id < 99999 ORDER BY id DESC LIMIT 21",
            "SELECT COUNT(*) FROM reports WHERE resolved_at IS NULL",
            // the audit log, filtered by member, by event, by address (AuditLog)
            "SELECT * FROM audit_events WHERE id < 99999 AND (member_id = 7 OR actor_id = 7) ORDER BY id DESC LIMIT 51",
            "SELECT * FROM audit_events WHERE id < 99999 AND event_type = 'SIGN_IN_FAILED' ORDER BY id DESC LIMIT 51",
            "SELECT * FROM audit_events WHERE id < 99999 AND client_address = '10.0.7.1' ORDER BY id DESC LIMIT 51",
            // the expiry job: Match.findDue
            "SELECT id FROM matches WHERE status = 'PROPOSED' AND expires_at <= NOW() ORDER BY id LIMIT 200"})
    void usesAnIndex(String query) throws SQLException {
        List<String> fullScans = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet plan = statement.executeQuery("EXPLAIN " + query)) {
            while (plan.next()) {
                if ("ALL".equals(plan.getString("type"))) {
                    fullScans.add(plan.getString("table"));
                }
            }
        }
        assertThat(fullScans).as("tables read whole by: " + query).isEmpty();
    }

    /**
     * The first rows of these lists come straight from an index in the order asked for: no sort of
     * every member (the search), of every completion of the month (recent giving).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"ix_members_name|" + MEMBER_SEARCH, "ix_matches_recent|" + RECENT_GIVING})
    void readsTheIndexInTheOrderAskedFor(String index, String query) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet plan = statement.executeQuery("EXPLAIN " + query)) {
            assertThat(plan.next()).isTrue();
            assertThat(plan.getString("key")).isEqualTo(index);
            assertThat(plan.getString("Extra")).as(query).doesNotContain("filesort");
        }
    }

    private static String kind(int i) {
        return List.of("INTRODUCTION", "REFERENCE", "RECOMMENDATION", "CHAT", "JOB_SEARCH_HELP", "ADVICE").get(i % 6);
    }

    private interface Row {
        void bind(PreparedStatement statement, int i) throws SQLException;
    }

    private static void batch(Connection connection, String sql, int rows, Row row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 1; i <= rows; i++) {
                row.bind(statement, i);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
