package org.givefirst.ejb.conversation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.conversation.Conversation;
import org.givefirst.domain.conversation.Message;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.match.MatchStatus;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.notification.Notification;
import org.givefirst.domain.notification.NotificationTarget;
import org.givefirst.domain.notification.NotificationType;
import org.givefirst.ejb.match.MatchNotFoundException;
import org.givefirst.ejb.moderation.Blocks;
import org.givefirst.ejb.notification.NotificationService;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The private threads: one per accepted match (giver and requester) and one per introduction
 * made. Only its two members see a thread, and neither needs to share an address to use it.
 */
@Stateless
public class ConversationService {

    /** A thread shows its latest messages; older ones stay stored. */
    static final int MESSAGES_SHOWN = 200;
    static final int LIST_MAX = 50;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private NotificationService notifications;

    /**
     * The thread of a match, started on first use, for its giver or requester once accepted.
     *
     * @return the conversation's id
     */
    public long openForMatch(long actingMemberId, long matchId) {
        // Locks the match: two first visits at once start one thread, not two.
        Match match = entityManager.find(Match.class, matchId, LockModeType.PESSIMISTIC_WRITE);
        if (match == null || !match.isGiver(actingMemberId) && !match.isRequester(actingMemberId)
                || match.getStatus() != MatchStatus.ACCEPTED && match.getStatus() != MatchStatus.COMPLETED) {
            throw new MatchNotFoundException();
        }
        return entityManager.createNamedQuery(Conversation.FIND_BY_MATCH, Conversation.class)
                .setParameter("matchId", matchId).getResultStream().findFirst()
                .map(Conversation::getId)
                .orElseGet(() -> {
                    Conversation conversation = Conversation.about(match);
                    entityManager.persist(conversation);
                    entityManager.flush();
                    return conversation.getId();
                });
    }

    /**
     * The thread with its latest messages. Reading it moves the member's read marker and clears
     * its new-message notifications.
     */
    public ConversationView read(long actingMemberId, long conversationId) {
        Conversation conversation = forMember(actingMemberId, conversationId);
        boolean unread = conversation.hasUnreadFor(actingMemberId);
        if (unread) {
            conversation.markReadUpTo(actingMemberId, conversation.getLastMessageId());
            entityManager.createNamedQuery(Notification.MARK_CONVERSATION_READ).setParameter("recipientId", actingMemberId)
                    .setParameter("conversationId", conversationId).executeUpdate();
        }
        long otherId = conversation.other(actingMemberId).getId();
        long otherReadUpTo = conversation.readUpToOf(otherId);
        List<MessageView> messages = new ArrayList<>(entityManager
                .createNamedQuery(Message.FIND_LATEST_OF_CONVERSATION, Message.class)
                .setParameter("conversationId", conversationId).setMaxResults(MESSAGES_SHOWN).getResultStream()
                .map(message -> MessageView.of(message, actingMemberId, otherReadUpTo)).toList());
        Collections.reverse(messages);
        return view(conversation, actingMemberId, messages, unread);
    }

    /**
     * Sends a message; the other member is notified unless a notice of this thread already waits
     * for them. Refused with {@link org.givefirst.domain.moderation.BlockedException} when a block
     * stands between the two.
     */
    public void send(long actingMemberId, long conversationId, String body) {
        Conversation conversation = forMember(actingMemberId, conversationId);
        Blocks.requireNone(entityManager, actingMemberId, conversation.other(actingMemberId).getId());
        Member sender = entityManager.find(Member.class, actingMemberId);
        Message message = new Message(conversation, sender, body);
        entityManager.persist(message);
        entityManager.flush(); // the id is the read marker
        conversation.recordMessage(message);
        long recipientId = conversation.other(actingMemberId).getId();
        long waiting = entityManager.createNamedQuery(Notification.COUNT_UNREAD_OF_CONVERSATION, Long.class)
                .setParameter("recipientId", recipientId).setParameter("conversationId", conversationId).getSingleResult();
        if (waiting == 0) {
            notifications.notify(recipientId, NotificationType.MESSAGE_RECEIVED,
                    NotificationTarget.conversation(conversationId), null, sender.getDisplayName());
        }
    }

    /** The member's threads, the latest active first, without their messages. */
    public List<ConversationView> listMine(long actingMemberId) {
        return entityManager.createNamedQuery(Conversation.FIND_FOR_MEMBER, Conversation.class)
                .setParameter("memberId", actingMemberId).setMaxResults(LIST_MAX).getResultStream()
                .map(conversation -> view(conversation, actingMemberId, List.of(), conversation.hasUnreadFor(actingMemberId)))
                .toList();
    }

    private ConversationView view(Conversation conversation, long viewerId, List<MessageView> messages, boolean unread) {
        Member other = conversation.other(viewerId);
        Match match = conversation.getMatch();
        return new ConversationView(conversation.getId(), other.getId(), other.getDisplayName(),
                match == null ? null : match.getId(), match == null ? null : match.getRequest().getTitle(),
                conversation.getIntroduction() == null ? null : conversation.getIntroduction().getId(), messages, unread);
    }

    private Conversation forMember(long actingMemberId, long conversationId) {
        Conversation conversation = entityManager.createNamedQuery(Conversation.FIND_WITH_PEOPLE, Conversation.class)
                .setParameter("id", conversationId).getResultStream().findFirst()
                .orElseThrow(ConversationNotFoundException::new);
        if (!conversation.involves(actingMemberId)) {
            throw new ConversationNotFoundException();
        }
        return conversation;
    }
}
