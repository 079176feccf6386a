package org.givefirst.ejb.nudge;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.match.MatchStatus;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.notification.NotificationTarget;
import org.givefirst.domain.notification.NotificationType;
import org.givefirst.domain.request.HelpRequest;
import org.givefirst.ejb.notification.NotificationService;
import org.givefirst.ejb.offer.OfferService;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The nudges, each claimed by a guarded update so that it is sent once even when every instance
 * runs the job: the match's {@code reminded_at}, the request's {@code tips_sent_at}, the giver's
 * active offers for a pause.
 */
@Stateless
public class Nudges {

    /** A proposal unanswered this long reminds its giver, once. */
    public static final Duration REMIND_AFTER = Duration.ofHours(48);
    /** A request nobody accepted this long gets ideas for its requester, once. */
    public static final Duration TIPS_AFTER = Duration.ofDays(7);
    /** A giver whose last this-many proposals all expired unanswered is paused. */
    public static final int UNANSWERED_TO_PAUSE = 3;

    static final int BATCH_MAX = 200;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private NotificationService notifications;

    @Inject
    private OfferService offers;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> findProposalsToRemind(Instant now) {
        return entityManager.createNamedQuery(Match.FIND_UNANSWERED_SINCE, Long.class)
                .setParameter("before", now.minus(REMIND_AFTER)).setMaxResults(BATCH_MAX).getResultList();
    }

    /** Reminds the giver of one proposal; false when it was reminded (or answered) already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long matchId, Instant now) {
        int claimed = entityManager.createNamedQuery(Match.CLAIM_REMINDER)
                .setParameter("id", matchId).setParameter("now", now).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        Match match = entityManager.createNamedQuery(Match.FIND_WITH_PARTIES, Match.class).setParameter("id", matchId)
                .getSingleResult();
        HelpRequest request = match.getRequest();
        notifications.notify(match.getGiver().getId(), NotificationType.PROPOSAL_REMINDER,
                NotificationTarget.match(matchId, request.getId()), request.getTitle(), request.getRequester().getDisplayName());
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> findRequestsForTips(Instant now) {
        return entityManager.createNamedQuery(HelpRequest.FIND_UNANSWERED_SINCE, Long.class)
                .setParameter("before", now.minus(TIPS_AFTER)).setMaxResults(BATCH_MAX).getResultList();
    }

    /** Tells a requester how their quiet request could find a giver; false when told already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendTips(long requestId, Instant now) {
        int claimed = entityManager.createNamedQuery(HelpRequest.CLAIM_TIPS)
                .setParameter("id", requestId).setParameter("now", now).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        HelpRequest request = entityManager.find(HelpRequest.class, requestId);
        notifications.notify(request.getRequester().getId(), NotificationType.REQUEST_TIPS,
                NotificationTarget.request(requestId), request.getTitle(), null);
        return true;
    }

    /**
     * After a proposal of this giver expired: when their last {@value #UNANSWERED_TO_PAUSE}
     * proposals since they last resumed all expired unanswered, their offers are paused and they
     * are told, kindly, how to resume. Runs in the expiring transaction.
     *
     * @return whether this paused the giver
     */
    public boolean pauseIfUnresponsive(long giverId) {
        Member giver = entityManager.find(Member.class, giverId);
        Instant since = giver.getGivingResumedAt() == null ? Instant.EPOCH : giver.getGivingResumedAt();
        List<MatchStatus> latest = entityManager.createNamedQuery(Match.FIND_LATEST_ANSWERS_OF_GIVER, MatchStatus.class)
                .setParameter("giverId", giverId).setParameter("since", since)
                .setMaxResults(UNANSWERED_TO_PAUSE).getResultList();
        if (latest.size() < UNANSWERED_TO_PAUSE || latest.stream().anyMatch(status -> status != MatchStatus.EXPIRED)) {
            return false;
        }
        if (offers.pauseAll(giverId) == 0) {
            return false; // nothing active: paused already, by them or by another instance
        }
        notifications.notify(giverId, NotificationType.GIVING_PAUSED, NotificationTarget.none(), null, null);
        return true;
    }
}
