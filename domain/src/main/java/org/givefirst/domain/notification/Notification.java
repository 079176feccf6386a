package org.givefirst.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.givefirst.domain.shared.TimestampedEntity;

import java.util.Objects;

/**
 * Something a member should know, shown under the bell. It keeps the ids it points to and a
 * snapshot of the words it shows (the request's title, who acted), so the list needs no joins.
 */
@Entity
@Table(name = "notifications")
@NamedQuery(name = Notification.FIND_FOR_RECIPIENT,
        query = "SELECT n FROM Notification n WHERE n.recipientId = :recipientId ORDER BY n.id DESC")
@NamedQuery(name = Notification.COUNT_UNREAD,
        query = "SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :recipientId AND n.readFlag = FALSE")
@NamedQuery(name = Notification.MARK_ALL_READ,
        query = "UPDATE Notification n SET n.readFlag = TRUE WHERE n.recipientId = :recipientId AND n.readFlag = FALSE")
public class Notification extends TimestampedEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_FOR_RECIPIENT = "Notification.findForRecipient";
    public static final String COUNT_UNREAD = "Notification.countUnread";
    public static final String MARK_ALL_READ = "Notification.markAllRead";

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

    @Column(name = "read_flag", nullable = false)
    private boolean readFlag;

    protected Notification() {
        // for JPA
    }

    public Notification(long recipientId, NotificationType type, Long matchId, Long requestId, String subject, String actor) {
        this.recipientId = recipientId;
        this.type = Objects.requireNonNull(type, "type");
        this.matchId = matchId;
        this.requestId = requestId;
        this.subject = subject;
        this.actor = actor;
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

    public boolean isRead() {
        return readFlag;
    }
}
