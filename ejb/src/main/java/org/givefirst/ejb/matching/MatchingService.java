package org.givefirst.ejb.matching;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.notification.NotificationTarget;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

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
    /** Bound parameters per IN list: well below what H2 and MySQL accept, and plans stay cached. */
    private static final int GIVERS_PER_LOAD_QUERY = 500;

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
        return proposeFor(requestId, Set.of());
    }

    /**
     * As {@link #proposeFor(long)}, after offers changed: with new candidates given, the whole
     * search runs only when one of them fits the request. A request short of proposals had every
     * other fitting offer proposed when it was last matched, so an offer that does not fit it
     * cannot change its proposals — and most new offers fit few of the open requests.
     *
     * @param newCandidates the offers that appeared or resumed; empty: search every offer
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int proposeFor(long requestId, Set<Long> newCandidates) {
        // The request's row first, as accepting does: two proposeFor runs for one request (a decline
        // and the expiry timer, two instances) take turns instead of proposing the same givers twice.
        HelpRequest request = entityManager.find(HelpRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !request.isOpen() || request.getRequester().isSuspended()) {
            return 0;
        }
        long pending = entityManager.createNamedQuery(Match.COUNT_PROPOSED_FOR_REQUEST, Long.class)
                .setParameter("requestId", requestId).getSingleResult();
        int toPropose = (int) (proposalsWanted(request) - pending);
        if (toPropose <= 0) {
            return 0;
        }
        Instant now = clock.instant();
        Need need = needOf(request);
        if (!newCandidates.isEmpty() && findHits(request, need, now, newCandidates).isEmpty()) {
            return 0;
        }
        List<Ranked> best = MatchRanker.rank(need, candidatesFor(request, need, now), toPropose);
        Instant expiresAt = now.plus(settings.getProposalExpiry());
        for (Ranked ranked : best) {
            Offer offer = entityManager.getReference(Offer.class, ranked.offerId());
            Match match = new Match(request, offer, ranked.score(), ranked.matchedTags(), ranked.matchedWords(), now, expiresAt);
            entityManager.persist(match);
            entityManager.flush();
            notifications.notify(ranked.giverId(), NotificationType.PROPOSAL_NEW,
                    NotificationTarget.match(match.getId(), requestId), request.getTitle(),
                    request.getRequester().getDisplayName());
        }
        if (!best.isEmpty()) {
            LOG.fine(() -> "Request " + requestId + ": " + best.size() + " new proposals");
        }
        return best.size();
    }

    /**
     * Offers changed: the open requests of their kinds may now find givers, oldest first.
     *
     * @param changes per kind, the offers that appeared or resumed (empty: every offer counts)
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void revisitOpenRequests(Map<HelpKind, Set<Long>> changes) {
        MatchingService self = context.getBusinessObject(MatchingService.class); // each request its own transaction
        changes.forEach((kind, newCandidates) -> {
            List<Long> open = entityManager.createNamedQuery(HelpRequest.FIND_OPEN_IDS_BY_KIND, Long.class)
                    .setParameter("kind", kind).setMaxResults(REQUESTS_REVISITED_MAX).getResultList();
            if (!newCandidates.isEmpty()) {
                open = thoseANewOfferMayServe(open, newCandidates);
            }
            for (long requestId : open) {
                try {
                    self.proposeFor(requestId, newCandidates);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Matching for request " + requestId + " failed; the others go on", e);
                }
            }
        });
    }

    /**
     * Of these requests, those that one of the new offers may now serve: the request is short of
     * proposals, and a new offer of a giver not yet asked for it (and not its requester) shares a
     * tag or a word with it. Everything is read once a pass, in five statements, and compared
     * here, so that a request no new offer serves costs no statement of its own; each request
     * that remains is then checked again, exactly and under its lock, by {@link #proposeFor(long, Set)}.
     */
    private List<Long> thoseANewOfferMayServe(List<Long> requestIds, Set<Long> offerIds) {
        if (requestIds.isEmpty()) {
            return requestIds;
        }
        Map<Long, Set<String>> tagsOf = termsOf("tags", offerIds);
        Map<Long, Set<String>> wordsOf = termsOf("words", offerIds);
        List<NewOffer> newOffers = entityManager.createQuery("SELECT o.id, o.giver.id FROM Offer o WHERE o.id IN :ids", Object[].class)
                .setParameter("ids", offerIds).getResultStream()
                .map(row -> new NewOffer((Long) row[1], tagsOf.getOrDefault((Long) row[0], Set.of()),
                        wordsOf.getOrDefault((Long) row[0], Set.of())))
                .toList();
        Map<Long, Long> pendingOf = new HashMap<>();
        entityManager.createNamedQuery(Match.COUNT_PROPOSED_FOR_REQUESTS, Object[].class).setParameter("requestIds", requestIds)
                .getResultList().forEach(row -> pendingOf.put((Long) row[0], (Long) row[1]));
        Set<Asked> asked = entityManager.createNamedQuery(Match.FIND_GIVERS_ASKED, Object[].class)
                .setParameter("requestIds", requestIds)
                .setParameter("giverIds", newOffers.stream().map(NewOffer::giverId).collect(Collectors.toSet()))
                .getResultStream().map(row -> new Asked((Long) row[0], (Long) row[1])).collect(Collectors.toSet());
        return entityManager.createNamedQuery(HelpRequest.FIND_WITH_TAGS, HelpRequest.class).setParameter("ids", requestIds)
                .getResultStream()
                .filter(request -> proposalsWanted(request) > pendingOf.getOrDefault(request.getId(), 0L))
                .filter(request -> {
                    Need need = needOf(request);
                    return newOffers.stream().anyMatch(offer -> offer.giverId() != request.getRequester().getId()
                            && !asked.contains(new Asked(request.getId(), offer.giverId())) && offer.fits(need));
                })
                .map(HelpRequest::getId).sorted().toList();
    }

    /** A giver asked for a request, whatever came of it. */
    private record Asked(long requestId, long giverId) {
    }

    /** A new offer as a pass compares it with the open requests. */
    private record NewOffer(long giverId, Set<String> tags, Set<String> words) {

        boolean fits(Need need) {
            return !Collections.disjoint(need.tags(), tags) || !Collections.disjoint(need.words(), words);
        }
    }

    /** The tags or the words ("tags", "words") of each of these offers. */
    private Map<Long, Set<String>> termsOf(String collection, Set<Long> offerIds) {
        Map<Long, Set<String>> terms = new HashMap<>();
        entityManager.createQuery("SELECT o.id, t FROM Offer o JOIN o." + collection + " t WHERE o.id IN :ids", Object[].class)
                .setParameter("ids", offerIds).getResultList()
                .forEach(row -> terms.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((String) row[1]));
        return terms;
    }

    /** How many open proposals the request should have: the community setting, plus one per further giver it still wants. */
    private int proposalsWanted(HelpRequest request) {
        return settings.getProposalsPerRequest() + request.getGiversWanted() - 1 - request.getAcceptedCount();
    }

    private static Need needOf(HelpRequest request) {
        Set<String> tags = new HashSet<>();
        request.getTags().forEach(tag -> tags.add(tag.value()));
        return MatchRanker.need(tags, request.getTitle(), request.getDetails());
    }

    /**
     * Active offers of the request's kind with capacity left this month, of givers other than the
     * requester, not yet asked for this request, not suspended and with no block between them and
     * the requester, that share at least one tag or word with it —
     * found through the tag and word indexes, so the cost follows the hits, not the community's size.
     * Each candidate carries the tags and words it shares, which is all the ranking compares.
     */
    private List<Candidate> candidatesFor(HelpRequest request, Need need, Instant now) {
        Map<Long, Hits> hits = findHits(request, need, now, Set.of());
        Map<Long, Long> load = giverLoadSince(hits.values().stream().map(hit -> hit.giverId).distinct().toList(),
                Months.start(now));
        List<Candidate> candidates = new ArrayList<>(hits.size());
        hits.forEach((offerId, hit) -> candidates.add(
                new Candidate(offerId, hit.giverId, hit.tags, hit.words, load.getOrDefault(hit.giverId, 0L))));
        return candidates;
    }

    /** The eligible offers that share a tag or word with the request, by offer; among these offers only, if any. */
    private Map<Long, Hits> findHits(HelpRequest request, Need need, Instant now, Set<Long> amongOffers) {
        Map<Long, Hits> hits = new LinkedHashMap<>();
        collectHits(request, "tags", need.tags(), now, amongOffers, hits, true);
        collectHits(request, "words", need.words(), now, amongOffers, hits, false);
        return hits;
    }

    /** What one offer shares with the request. */
    private static final class Hits {
        final long giverId;
        final Set<String> tags = new HashSet<>();
        final Set<String> words = new HashSet<>();

        Hits(long giverId) {
            this.giverId = giverId;
        }
    }

    private void collectHits(HelpRequest request, String collection, Set<String> terms, Instant now,
                             Set<Long> amongOffers, Map<Long, Hits> hits, boolean areTags) {
        if (terms.isEmpty()) {
            return;
        }
        TypedQuery<Object[]> query = entityManager.createQuery(
                        "SELECT o.id, o.giver.id, t FROM Offer o JOIN o." + collection + " t"
                                + " WHERE t IN :terms AND o.kind = :kind"
                                + (amongOffers.isEmpty() ? "" : " AND o.id IN :offerIds")
                                + " AND o.status = org.givefirst.domain.offer.OfferStatus.ACTIVE"
                                + " AND o.giver.id <> :requesterId"
                                + " AND (o.usageMonth <> :month OR o.usedThisMonth < o.capacity)"
                                + " AND o.giver.id NOT IN (SELECT m.giver.id FROM Match m WHERE m.request.id = :requestId)"
                                + " AND o.giver.suspendedAt IS NULL"
                                + " AND NOT EXISTS (SELECT b FROM Block b WHERE (b.blockerId = :requesterId AND b.blockedId = o.giver.id)"
                                + " OR (b.blockerId = o.giver.id AND b.blockedId = :requesterId))",
                        Object[].class)
                .setParameter("terms", terms)
                .setParameter("kind", request.getKind())
                .setParameter("requesterId", request.getRequester().getId())
                .setParameter("month", Months.of(now))
                .setParameter("requestId", request.getId());
        if (!amongOffers.isEmpty()) {
            query.setParameter("offerIds", amongOffers);
        }
        for (Object[] row : query.getResultList()) {
            Hits hit = hits.computeIfAbsent((Long) row[0], id -> new Hits((Long) row[1]));
            (areTags ? hit.tags : hit.words).add((String) row[2]);
        }
    }

    /**
     * How many matches each of these givers accepted this month (the fairness input of the
     * ranking): asked for the candidates only, through (giver_id, decided_at), so that the cost
     * follows the hits and not the whole month's giving.
     */
    private Map<Long, Long> giverLoadSince(List<Long> giverIds, Instant since) {
        Map<Long, Long> load = new HashMap<>();
        for (int from = 0; from < giverIds.size(); from += GIVERS_PER_LOAD_QUERY) {
            entityManager.createNamedQuery(Match.GIVER_LOAD_SINCE, Object[].class)
                    .setParameter("giverIds", giverIds.subList(from, Math.min(giverIds.size(), from + GIVERS_PER_LOAD_QUERY)))
                    .setParameter("since", since)
                    .getResultList().forEach(row -> load.put((Long) row[0], (Long) row[1]));
        }
        return load;
    }
}
