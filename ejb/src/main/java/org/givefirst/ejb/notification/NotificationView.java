package org.givefirst.ejb.notification;

import org.givefirst.domain.notification.Notification;
import org.givefirst.domain.notification.NotificationType;

import java.io.Serializable;
import java.time.Instant;

/** A notification as the list shows it. */
public record NotificationView(long id, NotificationType type, Long matchId, Long requestId, Long introductionId,
                               Long conversationId, String subject, String actor, boolean read, Instant createdAt)
        implements Serializable {

    public static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getType(), n.getMatchId(), n.getRequestId(), n.getIntroductionId(),
                n.getConversationId(), n.getSubject(), n.getActor(), n.isRead(), n.getCreatedAt());
    }

    /** Where the notification leads, as a path under the application (the same in the app and in emails). */
    public String path() {
        return switch (type) {
            case PROPOSAL_NEW, PROPOSAL_REMINDER -> "/inbox";
            case PROPOSAL_DECLINED, REQUEST_TIPS -> "/requests/view?id=" + requestId;
            case GIVING_PAUSED -> "/offers";
            case MODERATION_WARNING -> "/guidelines";
            case INTRODUCTION_INVITED, INTRODUCTION_NOT_THIS_TIME, INTRODUCTION_MADE -> "/introductions/view?id=" + introductionId;
            case INTRODUCTION_ACCEPTED, MESSAGE_RECEIVED -> "/conversations/view?id=" + conversationId;
            default -> matchId != null ? "/matches/view?id=" + matchId : "/notifications";
        };
    }
}
