package org.givefirst.ejb.notification;

import org.givefirst.domain.notification.Notification;
import org.givefirst.domain.notification.NotificationType;

import java.io.Serializable;
import java.time.Instant;

/** A notification as the list shows it. */
public record NotificationView(long id, NotificationType type, Long matchId, Long requestId, String subject,
                               String actor, boolean read, Instant createdAt) implements Serializable {

    static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getType(), n.getMatchId(), n.getRequestId(), n.getSubject(),
                n.getActor(), n.isRead(), n.getCreatedAt());
    }
}
