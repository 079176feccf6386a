package org.givefirst.bench;

import org.givefirst.domain.member.Member;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Writes the community with plain JDBC: batched inserts, parents before children so that every
 * foreign key holds, a commit every {@value #BATCH} rows. Moments are bound as the application's
 * JPA provider binds an {@code Instant} (a {@link Timestamp}), so both read them alike.
 */
final class SeedWriter {

    static final int BATCH = 1_000;
    /** A new row's version, as EclipseLink starts it. */
    private static final long FIRST_VERSION = 1;

    private final Connection connection;
    private final PrintStream out;

    SeedWriter(Connection connection, PrintStream out) throws SQLException {
        this.connection = connection;
        this.out = out;
        connection.setAutoCommit(false);
    }

    /** Every member gets the same password hash: hashing 10,000 times would take half an hour. */
    void write(Community community, String passwordHash) throws SQLException {
        insert("members", "id, version, created_at, updated_at, email, password_hash, display_name, headline, bio,"
                + " location, guidelines_accepted_at, contact_details, time_zone, session_epoch", community.members,
                (member, rows) -> rows.add(member.id, FIRST_VERSION, at(member.joinedAt), at(member.updatedAt),
                        member.email, passwordHash, member.displayName, member.headline, member.bio,
                        member.city == null ? null : member.city.name(), at(member.joinedAt), member.contactDetails,
                        member.city == null ? Member.DEFAULT_TIME_ZONE : member.city.zone(), 0));
        insert("member_skills", "member_id, skill", community.members,
                (member, rows) -> member.skills.forEach(skill -> rows.add(member.id, skill)));
        insert("notification_preferences", "member_id, type, delivery", community.members,
                (member, rows) -> member.deliveries.forEach((type, delivery) -> rows.add(member.id, type, delivery)));

        insert("offers", "id, version, created_at, updated_at, giver_id, kind, title, description, capacity, status,"
                + " used_this_month, usage_month", community.offers,
                (offer, rows) -> rows.add(offer.id, FIRST_VERSION, at(offer.createdAt), at(offer.createdAt),
                        offer.giver.id, offer.kind, offer.title, offer.description, offer.capacity, offer.status,
                        offer.usedThisMonth(), offer.usageMonth()));
        insert("offer_tags", "offer_id, tag", community.offers,
                (offer, rows) -> offer.tags.forEach(tag -> rows.add(offer.id, tag)));
        insert("offer_words", "offer_id, word", community.offers,
                (offer, rows) -> offer.words.forEach(word -> rows.add(offer.id, word)));

        insert("help_requests", "id, version, created_at, updated_at, requester_id, kind, title, details, needed_by,"
                + " givers_wanted, accepted_count, completed_count, status, tips_sent_at", community.requests,
                (request, rows) -> rows.add(request.id, FIRST_VERSION, at(request.createdAt), at(request.updatedAt()),
                        request.requester.id, request.kind, request.title, request.details, request.neededBy,
                        request.giversWanted, request.acceptedCount(), request.completedCount(), request.status,
                        at(request.tipsSentAt)));
        insert("request_tags", "request_id, tag", community.requests,
                (request, rows) -> request.tags.forEach(tag -> rows.add(request.id, tag)));

        insert("matches", "id, version, created_at, updated_at, request_id, offer_id, giver_id, kind, score,"
                + " matched_tags, matched_words, status, proposed_at, expires_at, decided_at, completed_at,"
                + " decline_reason, decline_suggestion, thanks_note, ref_how_known, ref_strengths, ref_example,"
                + " ref_for_role, ref_submitted_at, ref_shown, reminded_at", community.matches,
                (match, rows) -> rows.add(match.id, FIRST_VERSION, at(match.proposedAt), at(match.updatedAt()),
                        match.request.id, match.offer.id, match.offer.giver.id, match.request.kind, match.score,
                        match.matchedTags, match.matchedWords, match.status, at(match.proposedAt), at(match.expiresAt),
                        at(match.decidedAt), at(match.completedAt), match.declineReason, match.declineSuggestion,
                        match.thanksNote, match.reference == null ? null : match.reference.getHowKnown(),
                        match.reference == null ? null : match.reference.getStrengths(),
                        match.reference == null ? null : match.reference.getExample(),
                        match.reference == null ? null : match.reference.getForRole(), at(match.referenceSubmittedAt),
                        match.referenceShown, at(match.remindedAt)));

        insert("conversations", "id, created_at, updated_at, match_id, first_member_id, second_member_id,"
                + " first_read_upto, second_read_upto, last_message_id", community.conversations,
                (conversation, rows) -> rows.add(conversation.id, at(conversation.createdAt),
                        at(conversation.last().sentAt), conversation.match.id, conversation.first().id,
                        conversation.second().id, conversation.readUpTo(conversation.first()),
                        conversation.readUpTo(conversation.second()), conversation.last().id));
        insert("messages", "id, created_at, updated_at, conversation_id, sender_id, body", community.messages,
                (message, rows) -> rows.add(message.id, at(message.sentAt), at(message.sentAt),
                        message.conversation.id, message.sender.id, message.body));
        insert("notifications", "id, created_at, updated_at, recipient_id, type, match_id, request_id,"
                + " conversation_id, subject, actor, read_flag, mail_status, mail_attempts", community.notifications,
                (notification, rows) -> rows.add(notification.id, at(notification.createdAt),
                        at(notification.createdAt), notification.recipient.id, notification.type, notification.matchId,
                        notification.requestId, notification.conversationId, notification.subject, notification.actor,
                        notification.read, notification.mailStatus, 0));

        setNextIds(community.lastId);
    }

    /**
     * The application's id generator reserves blocks of 50 by adding 50 to this value and using
     * the 50 ids up to the result, so ids beyond the seed's start right after it.
     */
    private void setNextIds(long lastId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE id_sequences SET seq_value = ? WHERE seq_name = 'entity'")) {
            update.setLong(1, lastId);
            if (update.executeUpdate() != 1) {
                throw new SQLException("No 'entity' row in id_sequences: is the schema migrated?");
            }
        }
        connection.commit();
        out.printf(Locale.ROOT, "  %-26s next id %,d%n", "id_sequences", lastId + 1);
    }

    /** Inserts the rows each item gives {@code rows} (one, or one per element of a collection). */
    private <T> void insert(String table, String columns, List<T> items, BiConsumer<T, Rows> binder) throws SQLException {
        long start = System.nanoTime();
        int width = columns.split(",").length;
        String sql = "INSERT INTO " + table + " (" + columns + ") VALUES ("
                + String.join(", ", Collections.nCopies(width, "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Rows rows = new Rows(statement, width);
            for (T item : items) {
                binder.accept(item, rows);
            }
            rows.flush();
            out.printf(Locale.ROOT, "  %-26s %,10d rows %6.1f s%n", table, rows.count,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    /** The rows of one table on their way: every {@value #BATCH} of them are sent and committed. */
    private final class Rows {

        private final PreparedStatement statement;
        private final int width;
        private int count;

        Rows(PreparedStatement statement, int width) {
            this.statement = statement;
            this.width = width;
        }

        void add(Object... values) {
            if (values.length != width) {
                throw new IllegalArgumentException(values.length + " values for " + width + " columns");
            }
            try {
                for (int i = 0; i < values.length; i++) {
                    bind(i + 1, values[i]);
                }
                statement.addBatch();
                if (++count % BATCH == 0) {
                    flush();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot write row " + count + ": " + e.getMessage(), e);
            }
        }

        void flush() throws SQLException {
            statement.executeBatch();
            connection.commit();
        }

        private void bind(int index, Object value) throws SQLException {
            switch (value) {
                case null -> statement.setNull(index, Types.NULL);
                case Timestamp moment -> statement.setTimestamp(index, moment);
                case LocalDate day -> statement.setDate(index, Date.valueOf(day));
                case Enum<?> constant -> statement.setString(index, constant.name());
                default -> statement.setObject(index, value);
            }
        }
    }

    private static Timestamp at(long moment) {
        return Timestamp.from(Moments.instant(moment));
    }

    private static Timestamp at(Long moment) {
        return moment == null ? null : at(moment.longValue());
    }
}
