package org.givefirst.web.support;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.introduction.Introduction;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.match.MatchStatus;
import org.givefirst.domain.notification.MailStatus;
import org.givefirst.domain.notification.NotificationType;
import org.givefirst.domain.offer.Offer;
import org.givefirst.domain.offer.OfferStatus;
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

    /** Moves a request's creation back in time, as if it had been posted then. */
    public void postedAt(long requestId, Instant createdAt) {
        entityManager.createNativeQuery("UPDATE help_requests SET created_at = ? WHERE id = ?")
                .setParameter(1, createdAt).setParameter(2, requestId).executeUpdate();
    }

    /** Makes an introduction due to expire at {@code expiresAt}. */
    public void introductionExpiresAt(long introductionId, Instant expiresAt) {
        entityManager.createNativeQuery("UPDATE introductions SET expires_at = ? WHERE id = ?")
                .setParameter(1, expiresAt).setParameter(2, introductionId).executeUpdate();
        entityManager.getEntityManagerFactory().getCache().evict(Introduction.class, introductionId);
    }

    /** How the notifications of a member are (or are not) emailed, oldest first. */
    public List<MailStatus> mailStatusesOf(long recipientId, NotificationType type) {
        return entityManager.createQuery("SELECT n.mailStatus FROM Notification n WHERE n.recipientId = :r AND n.type = :t"
                        + " ORDER BY n.id", MailStatus.class)
                .setParameter("r", recipientId).setParameter("t", type).getResultList();
    }

    public OfferStatus offerStatusOf(long offerId) {
        return entityManager.find(Offer.class, offerId).getStatus();
    }
}
