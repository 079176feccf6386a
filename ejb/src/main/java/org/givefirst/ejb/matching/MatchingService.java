package org.givefirst.ejb.matching;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.notification.NotificationType;
import org.givefirst.domain.offer.Offer;
import org.givefirst.domain.request.HelpRequest;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.Months;
import org.givefirst.ejb.community.CommunitySettings;
import org.givefirst.ejb.matching.MatchRanker.Candidate;
import org.givefirst.ejb.matching.MatchRanker.Need;
import org.givefirst.ejb.matching.MatchRanker.Ranked;
import org.givefirst.ejb.notification.NotificationService;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Proposes willing givers for help requests. Called when a request is posted, when offers appear,
 * resume or change, and when a proposal is declined or expires (the request passes to the next
 * candidate). Each call is its own transaction, so a failure to propose never undoes what the
 * member did.
 */
@Stateless
public class MatchingService {

    private static final Logger LOG = Logger.getLogger(MatchingService.class.getName());

    /** Open requests revisited when offers of their kind change, oldest first. */
    static final int REQUESTS_REVISITED_MAX = 50;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private CommunitySettings settings;

    @Inject
    private NotificationService notifications;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /**
     * Tops up the proposals of one request: as many open proposals as the community setting asks
     * (three for a request wanting one giver), to the best candidates not yet asked.
     *
     * @return how many new proposals were made
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int proposeFor(long requestId) {
        HelpRequest request = entityManager.find(HelpRequest.class, requestId);
        if (request == null || !request.isOpen()) {
            return 0;
        }
        long pending = entityManager.createNamedQuery(Match.COUNT_PROPOSED_FOR_REQUEST, Long.class)
                .setParameter("requestId", requestId).getSingleResult();
        int wanted = settings.getProposalsPerRequest() + request.getGiversWanted() - 1 - request.getAcceptedCount();
        int toPropose = (int) (wanted - pending);
        if (toPropose <= 0) {
            return 0;
        }
        Instant now = clock.instant();
        List<Ranked> best = MatchRanker.rank(needOf(request), candidatesFor(request, now), toPropose);
        Instant expiresAt = now.plus(settings.getProposalExpiry());
        for (Ranked ranked : best) {
            Offer offer = entityManager.getReference(Offer.class, ranked.offerId());
            Match match = new Match(request, offer, ranked.score(), ranked.matchedTags(), ranked.matchedWords(), now, expiresAt);
            entityManager.persist(match);
            entityManager.flush();
            notifications.notify(ranked.giverId(), NotificationType.PROPOSAL_NEW, match.getId(), requestId,
                    request.getTitle(), request.getRequester().getDisplayName());
        }
        if (!best.isEmpty()) {
            LOG.fine(() -> "Request " + requestId + ": " + best.size() + " new proposals");
        }
        return best.size();
    }

    /** Offers of these kinds changed: open requests of the same kinds may now find givers. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void revisitOpenRequests(Set<HelpKind> kinds) {
        MatchingService self = context.getBusinessObject(MatchingService.class); // each request its own transaction
        for (HelpKind kind : kinds) {
            List<HelpRequest> open = entityManager.createNamedQuery(HelpRequest.FIND_OPEN_BY_KIND, HelpRequest.class)
                    .setParameter("kind", kind).setMaxResults(REQUESTS_REVISITED_MAX).getResultList();
            for (HelpRequest request : open) {
                self.proposeFor(request.getId());
            }
        }
    }

    private static Need needOf(HelpRequest request) {
        Set<String> tags = new HashSet<>();
        request.getTags().forEach(tag -> tags.add(tag.value()));
        return new Need(tags, Words.significant(request.getTitle() + " " + nullToEmpty(request.getDetails())));
    }

    /**
     * Active offers of the request's kind with capacity left this month, of givers other than the
     * requester and not yet asked for this request — each with its tags, words and giver's load.
     */
    private List<Candidate> candidatesFor(HelpRequest request, Instant now) {
        int month = Months.of(now);
        List<Object[]> rows = entityManager.createQuery(
                        "SELECT o.id, o.giver.id, o.title, o.description, t FROM Offer o LEFT JOIN o.tags t"
                                + " WHERE o.kind = :kind AND o.status = org.givefirst.domain.offer.OfferStatus.ACTIVE"
                                + " AND o.giver.id <> :requesterId"
                                + " AND (o.usageMonth <> :month OR o.usedThisMonth < o.capacity)"
                                + " AND o.giver.id NOT IN (SELECT m.giver.id FROM Match m WHERE m.request.id = :requestId)",
                        Object[].class)
                .setParameter("kind", request.getKind())
                .setParameter("requesterId", request.getRequester().getId())
                .setParameter("month", month)
                .setParameter("requestId", request.getId())
                .getResultList();
        Map<Long, Object[]> offers = new LinkedHashMap<>();
        Map<Long, Set<String>> tagsByOffer = new HashMap<>();
        for (Object[] row : rows) {
            long offerId = (Long) row[0];
            offers.putIfAbsent(offerId, row);
            Set<String> tags = tagsByOffer.computeIfAbsent(offerId, id -> new HashSet<>());
            if (row[4] != null) {
                tags.add((String) row[4]);
            }
        }
        Map<Long, Long> load = giverLoadSince(Months.start(now));
        List<Candidate> candidates = new ArrayList<>(offers.size());
        for (Object[] row : offers.values()) {
            long offerId = (Long) row[0];
            long giverId = (Long) row[1];
            candidates.add(new Candidate(offerId, giverId, tagsByOffer.get(offerId),
                    Words.significant(row[2] + " " + nullToEmpty((String) row[3])), load.getOrDefault(giverId, 0L)));
        }
        return candidates;
    }

    /** How many matches each giver accepted this month (the fairness input of the ranking). */
    private Map<Long, Long> giverLoadSince(Instant since) {
        Map<Long, Long> load = new HashMap<>();
        entityManager.createNamedQuery(Match.GIVER_LOAD_SINCE, Object[].class).setParameter("since", since)
                .getResultList().forEach(row -> load.put((Long) row[0], (Long) row[1]));
        return load;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
