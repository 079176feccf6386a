package org.givefirst.ejb.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.match.Match;
import org.givefirst.ejb.request.RequestNeedsGivers;

import java.time.Clock;
import java.util.List;

/**
 * Withdraws open proposals when their two members must no longer meet: a block between them, a
 * suspension, a deleted account. Each request that lost a proposal is matched again once the use
 * case commits (requests that are closed by then find no givers, which is right). Joins the
 * caller's transaction.
 */
@ApplicationScoped
public class OpenProposals {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    @Inject
    private Event<RequestNeedsGivers> requestNeedsGivers;

    /** The open proposals between these two members, either way. */
    public void withdrawBetween(long a, long b) {
        withdraw(entityManager.createNamedQuery(Match.FIND_PROPOSED_BETWEEN, Object[].class)
                .setParameter("a", a).setParameter("b", b).getResultList());
    }

    /** The open proposals this member gives or receives. */
    public void withdrawInvolving(long memberId) {
        withdraw(entityManager.createNamedQuery(Match.FIND_PROPOSED_INVOLVING, Object[].class)
                .setParameter("memberId", memberId).getResultList());
    }

    /** @param proposals [match id, request id] rows */
    private void withdraw(List<Object[]> proposals) {
        if (proposals.isEmpty()) {
            return;
        }
        entityManager.createNamedQuery(Match.WITHDRAW_PROPOSED)
                .setParameter("ids", proposals.stream().map(row -> (Long) row[0]).toList())
                .setParameter("now", clock.instant()).executeUpdate();
        proposals.stream().map(row -> (Long) row[1]).distinct()
                .forEach(requestId -> requestNeedsGivers.fire(new RequestNeedsGivers(requestId)));
    }
}
