package org.givefirst.ejb.match;


import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.match.MatchNotInThatStateException;
import org.givefirst.domain.match.MatchStatus;
import org.givefirst.domain.match.WrittenReference;
import org.givefirst.domain.notification.NotificationTarget;
import org.givefirst.domain.notification.NotificationType;
import org.givefirst.domain.offer.Offer;
import org.givefirst.domain.request.HelpRequest;
import org.givefirst.domain.request.RequestStatus;
import org.givefirst.domain.shared.ConcurrentChangeException;
import org.givefirst.domain.shared.Months;
import org.givefirst.ejb.notification.NotificationService;
import org.givefirst.ejb.request.RequestNeedsGivers;
import org.givefirst.ejb.shared.Writes;

/**
 * What givers and requesters do with a match. Every method takes the signed-in member and answers
 * "not found" for a match that is not theirs, whatever id the page sent.
 *
 * <p>Accepting is where many people act at once (several givers on one request, one giver on
 * several requests), so it changes the three rows involved with guarded updates — each one
 * updates its row only if the rule still holds, in the database, under the row lock: the request
 * still has a free slot, the match is still proposed, the offer still has capacity this month. If
 * any of them updates nothing, the whole use case rolls back with a clear reason.
 */
@Stateless
public class MatchService {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private NotificationService notifications;

    @Inject
    private Event<RequestNeedsGivers> requestNeedsGivers;

    @Inject
    private Clock clock;

    /** The giver's inbox: open proposals and accepted matches still to give, newest first. */
    public List<MatchView> inbox(long actingMemberId) {
        return entityManager.createNamedQuery(Match.FIND_FOR_GIVER, Match.class)
                .setParameter("giverId", actingMemberId)
                .setParameter("statuses", List.of(MatchStatus.PROPOSED, MatchStatus.ACCEPTED))
                .getResultStream().map(match -> MatchView.of(match, actingMemberId)).toList();
    }

    /**
     * A match seen by its giver, or by its requester once a giver accepted it: who was asked, who
     * declined and who let a proposal expire is never shown to the requester.
     */
    public MatchView get(long actingMemberId, long matchId) {
        Match match = forParty(actingMemberId, matchId);
        if (!match.isGiver(actingMemberId)
                && match.getStatus() != MatchStatus.ACCEPTED && match.getStatus() != MatchStatus.COMPLETED) {
            throw new MatchNotFoundException();
        }
        return MatchView.of(match, actingMemberId);
    }

    /**
     * The giver accepts: exactly once, only while the request wants more givers, and only within
     * the offer's capacity this month.
     *
     * @throws MatchAlreadyTakenException when enough givers accepted first (or the request closed)
     * @throws CapacityExhaustedException when the offer has no capacity left this month
     * @throws MatchNotInThatStateException when the proposal was already answered or expired
     */
    public MatchView accept(long actingMemberId, long matchId) {
        Match match = forGiver(actingMemberId, matchId);
        if (match.getStatus() == MatchStatus.WITHDRAWN) {
            throw new MatchAlreadyTakenException(); // enough givers accepted first, or the request closed
        }
        if (match.getStatus() != MatchStatus.PROPOSED || match.getOffer().isClosed()
                || match.getRequest().getStatus() == RequestStatus.CLOSED
                || match.getRequest().getStatus() == RequestStatus.EXPIRED) {
            throw new MatchNotInThatStateException(); // moved on; the guarded updates below decide races
        }
        Instant now = clock.instant();
        long requestId = match.getRequest().getId();
        // The request's row first: every accept of one request queues there, so the winner can
        // withdraw the other proposals without deadlocking with their givers.
        if (update(entityManager.createNamedQuery(HelpRequest.TAKE_GIVER_SLOT).setParameter("id", requestId)) == 0) {
            throw new MatchAlreadyTakenException();
        }
        if (update(entityManager.createNamedQuery(Match.ACCEPT).setParameter("id", matchId).setParameter("now", now)) == 0) {
            throw new MatchNotInThatStateException();
        }
        long offerId = match.getOffer().getId();
        int month = Months.of(now);
        update(entityManager.createNamedQuery(Offer.START_MONTH).setParameter("id", offerId).setParameter("month", month));
        if (update(entityManager.createNamedQuery(Offer.RESERVE_CAPACITY).setParameter("id", offerId)
                .setParameter("month", month)) == 0) {
            throw new CapacityExhaustedException();
        }
        if (update(entityManager.createNamedQuery(HelpRequest.MARK_MATCHED_WHEN_FULL).setParameter("id", requestId)) > 0) {
            // Enough givers: the other proposals are no longer needed.
            entityManager.createNamedQuery(Match.WITHDRAW_PROPOSED_OF_REQUEST)
                    .setParameter("requestId", requestId).setParameter("now", now).executeUpdate();
        }
        entityManager.refresh(match);
        entityManager.refresh(match.getRequest());
        notifications.notify(match.getRequest().getRequester().getId(), NotificationType.PROPOSAL_ACCEPTED,
                NotificationTarget.match(matchId, requestId), match.getRequest().getTitle(),
                match.getGiver().getDisplayName());
        return MatchView.of(match, actingMemberId);
    }

    /** The giver declines, optionally saying why and who else could help; the request passes on. */
    public void decline(long actingMemberId, long matchId, String reason, String suggestion) {
        Match match = forGiver(actingMemberId, matchId);
        match.decline(reason, suggestion, clock.instant());
        Writes.flush(entityManager);
        notifications.notify(match.getRequest().getRequester().getId(), NotificationType.PROPOSAL_DECLINED,
                NotificationTarget.match(matchId, match.getRequest().getId()), match.getRequest().getTitle(), null);
        requestNeedsGivers.fire(new RequestNeedsGivers(match.getRequest().getId()));
    }

    /** The giver delivers the reference or recommendation of an accepted match. */
    public void writeReference(long actingMemberId, long matchId, WrittenReference reference) {
        Match match = forGiver(actingMemberId, matchId);
        match.writeReference(reference, clock.instant());
        Writes.flush(entityManager);
        notifications.notify(match.getRequest().getRequester().getId(), NotificationType.REFERENCE_DELIVERED,
                NotificationTarget.match(matchId, match.getRequest().getId()), match.getRequest().getTitle(),
                match.getGiver().getDisplayName());
    }

    /** The requester thanks the giver: the match is completed, the request fulfilled when all have given. */
    public void thank(long actingMemberId, long matchId, String note) {
        Match match = forRequester(actingMemberId, matchId);
        match.thank(note, clock.instant());
        match.getRequest().recordCompletion();
        Writes.flush(entityManager); // the request's version: another giver's thanks or accept may have moved it
        notifications.notify(match.getGiver().getId(), NotificationType.THANKS_RECEIVED,
                NotificationTarget.match(matchId, match.getRequest().getId()), match.getRequest().getTitle(),
                match.getRequest().getRequester().getDisplayName());
    }

    /** The requester shows a delivered recommendation on their profile, or keeps it private. */
    public void showOnProfile(long actingMemberId, long matchId, boolean shown) {
        forRequester(actingMemberId, matchId).showReferenceOnProfile(shown);
        Writes.flush(entityManager);
    }


    private static int update(jakarta.persistence.Query guardedUpdate) {
        return guardedUpdate.executeUpdate();
    }

    private Match load(long matchId) {
        return entityManager.createNamedQuery(Match.FIND_WITH_PARTIES, Match.class).setParameter("id", matchId)
                .getResultStream().findFirst().orElseThrow(MatchNotFoundException::new);
    }

    private Match forParty(long actingMemberId, long matchId) {
        Match match = load(matchId);
        if (!match.isGiver(actingMemberId) && !match.isRequester(actingMemberId)) {
            throw new MatchNotFoundException();
        }
        return match;
    }

    private Match forGiver(long actingMemberId, long matchId) {
        Match match = load(matchId);
        if (!match.isGiver(actingMemberId)) {
            throw new MatchNotFoundException();
        }
        return match;
    }

    private Match forRequester(long actingMemberId, long matchId) {
        Match match = load(matchId);
        if (!match.isRequester(actingMemberId)) {
            throw new MatchNotFoundException();
        }
        return match;
    }
}
