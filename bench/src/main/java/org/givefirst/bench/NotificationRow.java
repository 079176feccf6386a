package org.givefirst.bench;

import org.givefirst.domain.notification.MailStatus;
import org.givefirst.domain.notification.NotificationType;

/** One notification, pointing to the match, request or conversation it is about. */
final class NotificationRow {

    long id;
    final MemberRow recipient;
    final NotificationType type;
    final Long matchId;
    final Long requestId;
    final Long conversationId;
    final String subject;
    final String actor;
    final long createdAt;
    final MailStatus mailStatus;
    boolean read;

    NotificationRow(MemberRow recipient, NotificationType type, Long matchId, Long requestId, Long conversationId,
                    String subject, String actor, long createdAt, MailStatus mailStatus) {
        this.recipient = recipient;
        this.type = type;
        this.matchId = matchId;
        this.requestId = requestId;
        this.conversationId = conversationId;
        this.subject = subject;
        this.actor = actor;
        this.createdAt = createdAt;
        this.mailStatus = mailStatus;
        this.read = createdAt <= recipient.lastSeenAt;
    }
}
