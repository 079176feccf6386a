package org.givefirst.ejb.match;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.match.Match;
import org.givefirst.ejb.request.RequestNeedsGivers;

import java.time.Instant;
import java.util.List;

/**
 * Expires proposals nobody answered in time, so their requests pass on to the next candidate.
 * Safe on every instance of a cluster at once: each proposal is claimed by a guarded update
 * (PROPOSED and due → EXPIRED) that only one transaction can win.
 */
@Stateless
public class ProposalExpiry {

    static final int BATCH_MAX = 200;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Event<RequestNeedsGivers> requestNeedsGivers;

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
        Long requestId = entityManager.createQuery("SELECT m.request.id FROM Match m WHERE m.id = :id", Long.class)
                .setParameter("id", matchId).getSingleResult();
        requestNeedsGivers.fire(new RequestNeedsGivers(requestId));
        return true;
    }
}
