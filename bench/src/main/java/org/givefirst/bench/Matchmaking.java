package org.givefirst.bench;

import org.givefirst.domain.match.Match;
import org.givefirst.domain.match.MatchStatus;
import org.givefirst.domain.offer.OfferStatus;
import org.givefirst.domain.request.RequestStatus;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.ejb.matching.MatchRanker;
import org.givefirst.ejb.matching.MatchRanker.Candidate;
import org.givefirst.ejb.matching.MatchRanker.Ranked;
import org.givefirst.ejb.nudge.Nudges;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import static org.givefirst.bench.Moments.DAY;
import static org.givefirst.bench.Moments.HOUR;
import static org.givefirst.bench.Moments.MINUTE;
import static org.givefirst.bench.Vocabulary.pick;

/**
 * Acts out each request's fate as matches: the givers who accepted (and gave, and were thanked),
 * the proposals still open, and those declined, left to expire or withdrawn when the request no
 * longer needed them — each to an offer of the request's kind, posted before the proposal, by a
 * giver asked once, sharing a tag with the request and scored by the application's own ranking,
 * and never beyond the offer's capacity in a month.
 */
final class Matchmaking {

    /** The community default of {@code givefirst.proposalExpiryHours}. */
    static final long PROPOSAL_LIFETIME = 72 * HOUR;
    static final int MATCHES_PER_REQUEST_MAX = 8;
    private static final long REMIND_AFTER = Nudges.REMIND_AFTER.toSeconds();
    private static final long TIPS_AFTER = Nudges.TIPS_AFTER.toSeconds();

    private final RandomGenerator random;
    private final long now;
    private final Map<HelpKind, List<OfferRow>> offersByKind = new EnumMap<>(HelpKind.class);
    private final Map<HelpKind, Map<String, List<OfferRow>>> offersByKindAndTag = new EnumMap<>(HelpKind.class);

    Matchmaking(RandomGenerator random, long now, List<OfferRow> offers) {
        this.random = random;
        this.now = now;
        for (OfferRow offer : offers) {
            offersByKind.computeIfAbsent(offer.kind, kind -> new ArrayList<>()).add(offer);
            Map<String, List<OfferRow>> byTag = offersByKindAndTag.computeIfAbsent(offer.kind, kind -> new HashMap<>());
            offer.tags.forEach(tag -> byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(offer));
        }
    }

    /** Exactly {@code total} matches over the requests, unless the community is too small to hold them. */
    List<MatchRow> matchAll(List<RequestRow> requests, int total) {
        int[] extra = new int[requests.size()];
        int planned = requests.stream().mapToInt(Matchmaking::plannedMatches).sum();
        if (planned > total) {
            throw new IllegalStateException(planned + " matches needed by the requests' fates, more than " + total);
        }
        for (int left = total - planned, attempts = 0; left > 0 && attempts < 100 * total; attempts++) {
            int i = random.nextInt(requests.size());
            if (plannedMatches(requests.get(i)) + extra[i] < MATCHES_PER_REQUEST_MAX) {
                extra[i]++;
                left--;
            }
        }
        List<MatchRow> matches = new ArrayList<>(total);
        for (int i = 0; i < requests.size(); i++) {
            actOut(requests.get(i), extra[i], matches);
        }
        // Where no fitting offer was left, other requests get one more decline each.
        for (int attempts = 0; matches.size() < total && attempts < 100 * total; attempts++) {
            RequestRow request = pick(random, requests);
            if (request.matches.size() < MATCHES_PER_REQUEST_MAX) {
                add(declined(request), matches);
            }
        }
        requests.forEach(this::settle);
        return matches;
    }

    private static int plannedMatches(RequestRow request) {
        return request.plannedAccepted + request.plannedProposed + request.plannedWithdrawn;
    }

    private void actOut(RequestRow request, int extra, List<MatchRow> matches) {
        for (int i = 0; i < request.plannedAccepted; i++) {
            boolean filling = request.fillsUp() && i == request.plannedAccepted - 1;
            long decidedAt = filling ? request.activeUntil
                    : Moments.between(random, request.createdAt + 2 * MINUTE, request.activeUntil);
            add(accepted(request, decidedAt, i < request.plannedCompleted), matches);
        }
        for (int i = 0; i < request.plannedProposed; i++) {
            add(proposed(request), matches);
        }
        for (int i = 0; i < request.plannedWithdrawn; i++) {
            add(withdrawn(request), matches);
        }
        int openSlots = openProposalsWanted(request);
        for (int i = 0; i < extra; i++) {
            MatchRow match = extraMatch(request, openSlots > 0);
            if (match != null && match.status == MatchStatus.PROPOSED) {
                openSlots--;
            }
            add(match, matches);
        }
    }

    /** How many more proposals matching keeps open for a request still taking givers (none for the others). */
    private static int openProposalsWanted(RequestRow request) {
        return request.fresh && request.status == RequestStatus.OPEN
                ? Requests.PROPOSALS_PER_REQUEST + request.giversWanted - 1 - request.plannedAccepted - request.plannedProposed
                : 0;
    }

    /** A match beyond the request's fate: declined or expired on the way, or withdrawn at its end. */
    private MatchRow extraMatch(RequestRow request, boolean slotOpen) {
        if (request.status == RequestStatus.OPEN) {
            if (request.fresh) {
                return slotOpen && random.nextInt(10) < 4 ? proposed(request) : declined(request);
            }
            return random.nextInt(100) < 55 ? declined(request) : expired(request);
        }
        int kind = random.nextInt(100);
        return kind < 45 ? withdrawn(request) : kind < 75 ? declined(request) : expired(request);
    }

    private static void add(MatchRow match, List<MatchRow> matches) {
        if (match != null) {
            match.request.matches.add(match);
            matches.add(match);
        }
    }

    /** Accepted at {@code decidedAt}; if completed, given and thanked since, written help delivered first. */
    private MatchRow accepted(RequestRow request, long decidedAt, boolean completed) {
        long proposedAt = proposedBefore(request, decidedAt);
        MatchRow match = match(request, completed ? MatchStatus.COMPLETED : MatchStatus.ACCEPTED, proposedAt, decidedAt);
        if (match == null) {
            return null;
        }
        match.offer.accept(decidedAt);
        if (completed) {
            match.completedAt = Math.min(now - MINUTE, decidedAt + Moments.between(random, HOUR, 21 * DAY));
            match.thanksNote = Phrases.thanks(random, match.offer.giver.firstName, firstTag(request));
        }
        boolean delivered = completed || random.nextBoolean();
        if (request.kind.isWritten() && delivered) {
            long deliveredBy = completed ? match.completedAt : now - MINUTE;
            match.reference = Phrases.reference(random, request.requester.firstName, request.requester.role,
                    firstTag(request));
            match.referenceSubmittedAt = Moments.between(random, decidedAt, deliveredBy);
            match.referenceShown = random.nextInt(10) < 6;
        }
        return match;
    }

    private MatchRow declined(RequestRow request) {
        long decidedAt = Moments.between(random, request.createdAt + 2 * MINUTE, request.activeUntil);
        MatchRow match = match(request, MatchStatus.DECLINED, proposedBefore(request, decidedAt), decidedAt);
        if (match != null && random.nextInt(10) < 7) {
            match.declineReason = Phrases.declineReason(random);
            if (random.nextInt(10) < 3) {
                match.declineSuggestion = Phrases.declineSuggestion(random, firstTag(request));
            }
        }
        return match;
    }

    /** Unanswered for the proposal's lifetime, then expired by the timer; a decline when the request had no time for that. */
    private MatchRow expired(RequestRow request) {
        long latestProposal = request.activeUntil - PROPOSAL_LIFETIME - 10 * MINUTE;
        if (latestProposal <= request.createdAt + MINUTE) {
            return declined(request);
        }
        long proposedAt = Moments.between(random, request.createdAt + MINUTE, latestProposal);
        long decidedAt = proposedAt + PROPOSAL_LIFETIME + Moments.between(random, MINUTE, 10 * MINUTE);
        return match(request, MatchStatus.EXPIRED, proposedAt, decidedAt);
    }

    /** Still open when the request filled up, was closed or expired, and withdrawn at that moment. */
    private MatchRow withdrawn(RequestRow request) {
        long end = request.activeUntil;
        long proposedAt = Moments.between(random, Math.max(request.createdAt + MINUTE, end - PROPOSAL_LIFETIME + HOUR),
                end - MINUTE);
        return match(request, MatchStatus.WITHDRAWN, proposedAt, end);
    }

    /** Waiting for the giver's answer now, so proposed less than a proposal's lifetime ago. */
    private MatchRow proposed(RequestRow request) {
        long proposedAt = Moments.between(random, Math.max(request.createdAt + MINUTE, now - PROPOSAL_LIFETIME + 10 * MINUTE),
                now - MINUTE);
        return match(request, MatchStatus.PROPOSED, proposedAt, null);
    }

    /** Proposed some minutes to a couple of days before the answer, after the request was posted. */
    private long proposedBefore(RequestRow request, long decidedAt) {
        int kind = random.nextInt(100);
        long delay = kind < 70 ? Moments.between(random, 10 * MINUTE, 12 * HOUR)
                : kind < 95 ? Moments.between(random, 12 * HOUR, 48 * HOUR)
                : Moments.between(random, 48 * HOUR, PROPOSAL_LIFETIME - HOUR);
        return Math.max(request.createdAt + MINUTE, decidedAt - delay);
    }

    /** The match with an offer that fits, or null when none is left. */
    private MatchRow match(RequestRow request, MatchStatus status, long proposedAt, Long decidedAt) {
        boolean stillOpen = status == MatchStatus.PROPOSED;
        Long acceptedAt = status == MatchStatus.ACCEPTED || status == MatchStatus.COMPLETED ? decidedAt : null;
        Fit fit = fittingOffer(request, proposedAt, acceptedAt, stillOpen);
        if (fit == null) {
            return null;
        }
        MatchRow match = new MatchRow(request, fit.offer(), status, fit.ranked().score(),
                joined(fit.ranked().matchedTags()), joined(fit.ranked().matchedWords()), proposedAt,
                proposedAt + PROPOSAL_LIFETIME);
        match.decidedAt = decidedAt;
        long unansweredUntil = decidedAt == null ? now : decidedAt;
        if (unansweredUntil - proposedAt > REMIND_AFTER) {
            match.remindedAt = Math.min(unansweredUntil - 1, proposedAt + REMIND_AFTER + Moments.between(random, 0, 5 * MINUTE));
        }
        return match;
    }

    private record Fit(OfferRow offer, Ranked ranked) {
    }

    /**
     * An offer the application could have proposed: drawn from the offers sharing one of the
     * request's tags, else (rarely, in a small community) any offer of the kind it shares a word with.
     */
    private Fit fittingOffer(RequestRow request, long proposedAt, Long acceptedAt, boolean stillOpen) {
        Map<String, List<OfferRow>> byTag = offersByKindAndTag.getOrDefault(request.kind, Map.of());
        List<String> tags = List.copyOf(request.tags);
        for (int attempt = 0; attempt < 40; attempt++) {
            List<OfferRow> sharing = byTag.get(pick(random, tags));
            Fit fit = sharing == null ? null : fit(request, pick(random, sharing), proposedAt, acceptedAt, stillOpen);
            if (fit != null) {
                return fit;
            }
        }
        List<OfferRow> ofKind = offersByKind.getOrDefault(request.kind, List.of());
        int start = ofKind.isEmpty() ? 0 : random.nextInt(ofKind.size());
        for (int i = 0; i < ofKind.size(); i++) {
            Fit fit = fit(request, ofKind.get((start + i) % ofKind.size()), proposedAt, acceptedAt, stillOpen);
            if (fit != null) {
                return fit;
            }
        }
        return null;
    }

    private Fit fit(RequestRow request, OfferRow offer, long proposedAt, Long acceptedAt, boolean stillOpen) {
        boolean fits = offer.createdAt < proposedAt && offer.giver != request.requester && !request.hasAsked(offer.giver)
                && (!stillOpen || offer.status == OfferStatus.ACTIVE && offer.hasRoomAt(now))
                && (acceptedAt == null || offer.hasRoomAt(acceptedAt));
        if (!fits) {
            return null;
        }
        // Without the giver's load: the score as ranked for a giver nobody has asked this month.
        Candidate candidate = new Candidate(offer.id, offer.giver.id, offer.tags, offer.words, 0);
        List<Ranked> ranked = MatchRanker.rank(request.need, List.of(candidate), 1);
        return ranked.isEmpty() ? null : new Fit(offer, ranked.getFirst());
    }

    /** As the match stores its reasons: comma-separated, whole entries within the column. */
    private static String joined(List<String> values) {
        StringBuilder joined = new StringBuilder();
        for (String value : values) {
            if (joined.length() + 1 + value.length() > Match.REASONS_MAX) {
                break;
            }
            joined.append(joined.isEmpty() ? "" : ",").append(value);
        }
        return joined.isEmpty() ? null : joined.toString();
    }

    private static boolean wasAccepted(MatchRow match) {
        return match.status == MatchStatus.ACCEPTED || match.status == MatchStatus.COMPLETED;
    }

    private static String firstTag(RequestRow request) {
        return request.tags.iterator().next();
    }

    /**
     * The request's counters from its matches, as the application keeps them. Where fewer givers
     * than planned could accept, the request wanted fewer; where none could, it was closed.
     * Requests nobody took for a week were sent their tips.
     */
    private void settle(RequestRow request) {
        int accepted = request.acceptedCount();
        if (request.fillsUp()) {
            if (accepted == 0) {
                request.status = RequestStatus.CLOSED;
            } else {
                request.giversWanted = accepted;
                request.status = request.completedCount() >= accepted ? RequestStatus.FULFILLED : RequestStatus.MATCHED;
            }
        }
        long tipsDue = request.createdAt + TIPS_AFTER;
        boolean openThen = request.status == RequestStatus.OPEN || tipsDue < request.activeUntil;
        boolean nobodyYet = request.matches.stream().filter(Matchmaking::wasAccepted)
                .allMatch(match -> match.decidedAt > tipsDue);
        if (tipsDue < now - MINUTE && openThen && nobodyYet) {
            request.tipsSentAt = Math.min(now - MINUTE, tipsDue + Moments.between(random, 0, 10 * MINUTE));
        }
    }
}
