package org.givefirst.web.support;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.match.MatchStatus;
import org.givefirst.domain.offer.Offer;
import org.givefirst.domain.request.HelpRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Test-only: state the use cases cannot create on demand, written straight through the domain's
 * constructors — proposals the matching service would not make (twenty for one request), proposals
 * made long ago — and plain reads of what the use cases wrote. Deployed with the test, never in
 * the application.
 */
@Stateless
public class TestData {

    @PersistenceContext
    private EntityManager entityManager;

    /** Proposes an offer for a request as matching would, open for the usual 72 hours. */
    public long propose(long requestId, long offerId) {
        Instant now = Instant.now();
        return propose(requestId, offerId, now, now.plus(Duration.ofHours(72)));
    }

    /** Proposes an offer for a request, made at {@code proposedAt}, open until {@code expiresAt}. */
    public long propose(long requestId, long offerId, Instant proposedAt, Instant expiresAt) {
        HelpRequest request = entityManager.find(HelpRequest.class, requestId);
        Offer offer = entityManager.find(Offer.class, offerId);
        Match match = new Match(request, offer, 1.0, List.of(), List.of(), proposedAt, expiresAt);
        entityManager.persist(match);
        entityManager.flush();
        return match.getId();
    }

    public MatchStatus statusOf(long matchId) {
        return entityManager.find(Match.class, matchId).getStatus();
    }
}
