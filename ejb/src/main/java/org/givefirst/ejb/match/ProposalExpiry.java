package org.givefirst.ejb.match;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.request.HelpRequest;
import org.givefirst.ejb.nudge.Nudges;
import org.givefirst.ejb.request.RequestNeedsGivers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Expires proposals nobody answered in time, so their requests pass on to the next candidate, and
 * requests whose needed-by date has passed. Safe on every instance of a cluster at once: each
 * proposal is claimed by a guarded update (PROPOSED and due → EXPIRED) that only one transaction
 * can win, and expiring requests is an idempotent update.
 */
@Stateless
public class ProposalExpiry {

    static final int BATCH_MAX = 200;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Event<RequestNeedsGivers> requestNeedsGivers;

    @Inject
    private Nudges nudges;

    /**
     * Open requests needed before {@code today} expire; their pending proposals are withdrawn.
     *
     * @return how many requests expired
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int expireRequests(LocalDate today, Instant now) {
        int expired = entityManager.createNamedQuery(HelpRequest.EXPIRE_PAST_NEEDED_BY)
                .setParameter("today", today).executeUpdate();
        if (expired > 0) {
            entityManager.createNamedQuery(Match.WITHDRAW_PROPOSED_OF_EXPIRED_REQUESTS)
                    .setParameter("now", now).executeUpdate();
        }
        return expired;
    }

    /** The ids of proposals due at {@code now} (candidates; the claim decides). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> findDue(Instant now) {
        return entityManager.createNamedQuery(Match.FIND_DUE, Long.class).setParameter("now", now)
                .setMaxResults(BATCH_MAX).getResultList();
    }

    /**
     * Claims and expires one proposal. Returns false when another instance (or the giver) got
     * there first; then nothing is done twice.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expire(long matchId, Instant now) {
        int claimed = entityManager.createNamedQuery(Match.EXPIRE_DUE)
                .setParameter("id", matchId).setParameter("now", now).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        Object[] ids = entityManager.createQuery("SELECT m.request.id, m.giver.id FROM Match m WHERE m.id = :id", Object[].class)
                .setParameter("id", matchId).getSingleResult();
        nudges.pauseIfUnresponsive((Long) ids[1]);
        requestNeedsGivers.fire(new RequestNeedsGivers((Long) ids[0]));
        return true;
    }
}
