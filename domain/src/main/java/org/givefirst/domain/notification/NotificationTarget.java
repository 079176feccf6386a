package org.givefirst.domain.notification;

import java.io.Serializable;

/** What a notification points to; at most one or two of these are set. */
public record NotificationTarget(Long matchId, Long requestId, Long introductionId, Long conversationId)
        implements Serializable {

    public static NotificationTarget match(long matchId, long requestId) {
        return new NotificationTarget(matchId, requestId, null, null);
    }

    public static NotificationTarget request(long requestId) {
        return new NotificationTarget(null, requestId, null, null);
    }

    public static NotificationTarget introduction(long introductionId) {
        return new NotificationTarget(null, null, introductionId, null);
    }

    public static NotificationTarget conversation(long conversationId) {
        return new NotificationTarget(null, null, null, conversationId);
    }

    public static NotificationTarget none() {
        return new NotificationTarget(null, null, null, null);
    }
}
