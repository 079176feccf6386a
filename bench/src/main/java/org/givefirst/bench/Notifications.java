package org.givefirst.bench;

import org.givefirst.domain.match.MatchStatus;
import org.givefirst.domain.notification.MailStatus;
import org.givefirst.domain.notification.NotificationType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What each member was told, as the application tells it: every proposal, reminder, accept,
 * decline, delivered reference, thanks, tips and new message, with the subject and actor the
 * application snapshots. Read when the member has looked since (or read the thread); emailed as
 * they chose, and already sent, so nothing waits for the mail timer or the next digest.
 */
final class Notifications {

    private final List<NotificationRow> notifications = new ArrayList<>();

    private Notifications() {
    }

    /** Oldest first, so that ids grow with time as the bell's list expects. */
    static List<NotificationRow> generate(List<RequestRow> requests, List<MatchRow> matches,
                                          List<ConversationRow> conversations) {
        Notifications all = new Notifications();
        matches.forEach(all::aboutMatch);
        requests.stream().filter(request -> request.tipsSentAt != null).forEach(all::tips);
        conversations.forEach(all::aboutMessages);
        all.notifications.sort(Comparator.comparingLong(notification -> notification.createdAt));
        return all.notifications;
    }

    private void aboutMatch(MatchRow match) {
        MemberRow giver = match.offer.giver;
        MemberRow requester = match.request.requester;
        aboutMatch(match, giver, NotificationType.PROPOSAL_NEW, match.proposedAt, requester.displayName);
        if (match.remindedAt != null) {
            aboutMatch(match, giver, NotificationType.PROPOSAL_REMINDER, match.remindedAt, requester.displayName);
        }
        if (match.status == MatchStatus.ACCEPTED || match.status == MatchStatus.COMPLETED) {
            aboutMatch(match, requester, NotificationType.PROPOSAL_ACCEPTED, match.decidedAt, giver.displayName);
        }
        if (match.status == MatchStatus.DECLINED) {
            aboutMatch(match, requester, NotificationType.PROPOSAL_DECLINED, match.decidedAt, null);
        }
        if (match.referenceSubmittedAt != null) {
            aboutMatch(match, requester, NotificationType.REFERENCE_DELIVERED, match.referenceSubmittedAt,
                    giver.displayName);
        }
        if (match.completedAt != null) {
            aboutMatch(match, giver, NotificationType.THANKS_RECEIVED, match.completedAt, requester.displayName);
        }
    }

    private void aboutMatch(MatchRow match, MemberRow recipient, NotificationType type, long at, String actor) {
        notifications.add(new NotificationRow(recipient, type, match.id, match.request.id, null, match.request.title,
                actor, at, mailStatus(recipient, type)));
    }

    private void tips(RequestRow request) {
        MemberRow requester = request.requester;
        notifications.add(new NotificationRow(requester, NotificationType.REQUEST_TIPS, null, request.id, null,
                request.title, null, request.tipsSentAt, mailStatus(requester, NotificationType.REQUEST_TIPS)));
    }

    /** One notice per turn: the application writes none while one about the thread waits unread. */
    private void aboutMessages(ConversationRow conversation) {
        MemberRow previousSender = null;
        for (MessageRow message : conversation.messages) {
            if (message.sender != previousSender) {
                MemberRow recipient = conversation.other(message.sender);
                NotificationRow notification = new NotificationRow(recipient, NotificationType.MESSAGE_RECEIVED, null,
                        null, conversation.id, null, message.sender.displayName, message.sentAt,
                        mailStatus(recipient, NotificationType.MESSAGE_RECEIVED));
                notification.read |= conversation.hasRead(recipient, message);
                notifications.add(notification);
            }
            previousSender = message.sender;
        }
    }

    private static MailStatus mailStatus(MemberRow recipient, NotificationType type) {
        return switch (recipient.deliveryOf(type)) {
            case IMMEDIATELY -> MailStatus.SENT;
            case DAILY_DIGEST -> MailStatus.DIGESTED;
            case OFF -> MailStatus.NONE;
        };
    }
}
