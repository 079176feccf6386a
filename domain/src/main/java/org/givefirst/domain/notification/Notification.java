package org.givefirst.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import org.givefirst.domain.shared.ReadLimit;
import org.givefirst.domain.shared.Texts;
import org.givefirst.domain.shared.TimestampedEntity;

import java.util.Objects;

/**
 * Something a member should know, shown under the bell. It keeps the ids it points to and a
 * snapshot of the words it shows (the request's title, who acted), so the list needs no joins.
 */
@Entity
@Table(name = "notifications")
@NamedQuery(name = Notification.FIND_FOR_RECIPIENT,
        query = "SELECT n FROM Notification n WHERE n.recipientId = :recipientId ORDER BY n.id DESC",
        hints = @QueryHint(name = ReadLimit.HINT, value = ReadLimit.UNLIMITED))
@NamedQuery(name = Notification.COUNT_UNREAD,
        query = "SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :recipientId AND n.readFlag = FALSE")
@NamedQuery(name = Notification.MARK_ALL_READ,
        query = "UPDATE Notification n SET n.readFlag = TRUE WHERE n.recipientId = :recipientId AND n.readFlag = FALSE")
@NamedQuery(name = Notification.FIND_MAIL_QUEUED,
        query = "SELECT n.id FROM Notification n WHERE n.mailStatus = org.givefirst.domain.notification.MailStatus.QUEUED ORDER BY n.id")
@NamedQuery(name = Notification.CLAIM_MAIL,
        query = "UPDATE Notification n SET n.mailStatus = org.givefirst.domain.notification.MailStatus.SENT"
                + " WHERE n.id = :id AND n.mailStatus = org.givefirst.domain.notification.MailStatus.QUEUED")
@NamedQuery(name = Notification.COUNT_MAIL_FAILURE,
        query = "UPDATE Notification n SET n.mailAttempts = n.mailAttempts + 1, n.mailStatus = CASE WHEN n.mailAttempts + 1 >= :maxAttempts"
                + " THEN org.givefirst.domain.notification.MailStatus.FAILED ELSE org.givefirst.domain.notification.MailStatus.QUEUED END"
                + " WHERE n.id = :id")
@NamedQuery(name = Notification.FIND_DIGEST_RECIPIENTS,
        query = "SELECT DISTINCT n.recipientId FROM Notification n WHERE n.mailStatus = org.givefirst.domain.notification.MailStatus.DIGEST")
@NamedQuery(name = Notification.FIND_DIGEST_OF,
        query = "SELECT n FROM Notification n WHERE n.recipientId = :recipientId"
                + " AND n.mailStatus = org.givefirst.domain.notification.MailStatus.DIGEST ORDER BY n.id")
@NamedQuery(name = Notification.MARK_DIGESTED,
        query = "UPDATE Notification n SET n.mailStatus = org.givefirst.domain.notification.MailStatus.DIGESTED"
                + " WHERE n.recipientId = :recipientId AND n.id <= :upTo AND n.mailStatus = org.givefirst.domain.notification.MailStatus.DIGEST")
@NamedQuery(name = Notification.COUNT_UNREAD_OF_CONVERSATION,
        query = "SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :recipientId AND n.conversationId = :conversationId"
                + " AND n.type = org.givefirst.domain.notification.NotificationType.MESSAGE_RECEIVED AND n.readFlag = FALSE")
@NamedQuery(name = Notification.MARK_CONVERSATION_READ,
        query = "UPDATE Notification n SET n.readFlag = TRUE WHERE n.recipientId = :recipientId"
                + " AND n.conversationId = :conversationId AND n.readFlag = FALSE")
public class Notification extends TimestampedEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_FOR_RECIPIENT = "Notification.findForRecipient";
    public static final String COUNT_UNREAD = "Notification.countUnread";
    public static final String MARK_ALL_READ = "Notification.markAllRead";
    public static final String FIND_MAIL_QUEUED = "Notification.findMailQueued";
    /** QUEUED → SENT in the transaction that sends the email: one instance sends it, once. */
    public static final String CLAIM_MAIL = "Notification.claimMail";
    public static final String COUNT_MAIL_FAILURE = "Notification.countMailFailure";
    public static final String FIND_DIGEST_RECIPIENTS = "Notification.findDigestRecipients";
    public static final String FIND_DIGEST_OF = "Notification.findDigestOf";
    public static final String MARK_DIGESTED = "Notification.markDigested";
    public static final String COUNT_UNREAD_OF_CONVERSATION = "Notification.countUnreadOfConversation";
    public static final String MARK_CONVERSATION_READ = "Notification.markConversationRead";

    public static final int SUBJECT_MAX = 120;
    public static final int ACTOR_MAX = 80;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 30, updatable = false)
    private NotificationType type;

    @Column(name = "match_id", updatable = false)
    private Long matchId;

    @Column(name = "request_id", updatable = false)
    private Long requestId;

    @Column(name = "subject", length = SUBJECT_MAX, updatable = false)
    private String subject;

    @Column(name = "actor", length = ACTOR_MAX, updatable = false)
    private String actor;

    @Column(name = "introduction_id", updatable = false)
    private Long introductionId;

    @Column(name = "conversation_id", updatable = false)
    private Long conversationId;

    @Column(name = "read_flag", nullable = false)
    private boolean readFlag;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_status", nullable = false, length = 10)
    private MailStatus mailStatus = MailStatus.NONE;

    @Column(name = "mail_attempts", nullable = false)
    private int mailAttempts;

    protected Notification() {
        // for JPA
    }

    /** A notification about what {@code about} points to, emailed as {@code mailStatus} says. */
    public Notification(long recipientId, NotificationType type, NotificationTarget about, String subject, String actor,
                        MailStatus mailStatus) {
        this.recipientId = recipientId;
        this.type = Objects.requireNonNull(type, "type");
        this.matchId = about.matchId();
        this.requestId = about.requestId();
        this.introductionId = about.introductionId();
        this.conversationId = about.conversationId();
        this.subject = clip(subject, SUBJECT_MAX);
        this.actor = clip(actor, ACTOR_MAX);
        this.mailStatus = Objects.requireNonNull(mailStatus, "mailStatus");
    }

    /** Shortened to {@code max} characters as the column counts them (code points), never inside one. */
    private static String clip(String text, int max) {
        if (text == null || Texts.length(text) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    public long getRecipientId() {
        return recipientId;
    }

    public NotificationType getType() {
        return type;
    }

    public Long getMatchId() {
        return matchId;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getSubject() {
        return subject;
    }

    public String getActor() {
        return actor;
    }

    public Long getIntroductionId() {
        return introductionId;
    }

    public Long getConversationId() {
        return conversationId;
    }

    public NotificationTarget getTarget() {
        return new NotificationTarget(matchId, requestId, introductionId, conversationId);
    }

    public MailStatus getMailStatus() {
        return mailStatus;
    }

    public boolean isRead() {
        return readFlag;
    }
}
