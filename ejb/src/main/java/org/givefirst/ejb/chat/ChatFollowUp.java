package org.givefirst.ejb.chat;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.chat.Chat;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.notification.NotificationTarget;
import org.givefirst.domain.notification.NotificationType;
import org.givefirst.ejb.notification.NotificationService;

import java.time.Instant;
import java.util.List;

/**
 * Asks both members of a chat whether it happened, once its chosen time is over. Safe on every
 * instance of a cluster at once: each chat is claimed by a guarded update (asked_at still empty →
 * now) that only one transaction can win, and the notifications are written in that transaction.
 */
@Stateless
public class ChatFollowUp {

    static final int BATCH_MAX = 200;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private NotificationService notifications;

    /** The ids of scheduled chats over at {@code now} and not asked about yet (candidates; the claim decides). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> findDue(Instant now) {
        return entityManager.createNamedQuery(Chat.FIND_DUE_FOR_QUESTION, Long.class).setParameter("now", now)
                .setMaxResults(BATCH_MAX).getResultList();
    }

    /**
     * Claims one chat and asks both members whether it happened. Returns false when another
     * instance got there first (or the chat moved on, or is not over); then nobody is asked twice.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean ask(long chatId, Instant now) {
        int claimed = entityManager.createNamedQuery(Chat.CLAIM_QUESTION)
                .setParameter("id", chatId).setParameter("now", now).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        long matchId = entityManager.createQuery("SELECT c.matchId FROM Chat c WHERE c.id = :id", Long.class)
                .setParameter("id", chatId).getSingleResult();
        Match match = entityManager.createNamedQuery(Match.FIND_WITH_PARTIES, Match.class).setParameter("id", matchId)
                .getSingleResult();
        long giverId = match.getGiver().getId();
        long requesterId = match.getRequest().getRequester().getId();
        notifications.notify(giverId, NotificationType.CHAT_DID_IT_HAPPEN,
                NotificationTarget.match(matchId, match.getRequest().getId()), match.getRequest().getTitle(),
                match.getRequest().getRequester().getDisplayName());
        notifications.notify(requesterId, NotificationType.CHAT_DID_IT_HAPPEN,
                NotificationTarget.match(matchId, match.getRequest().getId()), match.getRequest().getTitle(),
                match.getGiver().getDisplayName());
        return true;
    }
}
