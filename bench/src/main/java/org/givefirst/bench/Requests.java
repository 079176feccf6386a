package org.givefirst.bench;

import org.givefirst.domain.request.HelpRequest;
import org.givefirst.domain.request.RequestStatus;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.Tag;
import org.givefirst.domain.shared.Tags;
import org.givefirst.ejb.matching.MatchRanker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

import static org.givefirst.bench.Moments.DAY;
import static org.givefirst.bench.Moments.HOUR;
import static org.givefirst.bench.Moments.MINUTE;
import static org.givefirst.bench.Vocabulary.pick;

/**
 * The help requests and their fates. Each is asked by a member who had already offered something
 * (the give-first rule), at most three open at once per member (the community's default cap), on
 * a topic some earlier offer of the same kind covers; more of them recent than old.
 */
final class Requests {

    static final long YEAR = 365 * DAY;
    /** Younger than a proposal's 72 hours (the community's default): only these still have open proposals. */
    static final long FRESH = 70 * HOUR;
    /** The community defaults of {@code givefirst.openRequestCap} and {@code givefirst.proposalsPerRequest}. */
    static final int OPEN_REQUEST_CAP = 3;
    static final int PROPOSALS_PER_REQUEST = 3;

    private static final Weighted<HelpKind> KINDS = new Weighted<HelpKind>()
            .with(HelpKind.JOB_SEARCH_HELP, 28).with(HelpKind.ADVICE, 22).with(HelpKind.CHAT, 18)
            .with(HelpKind.INTRODUCTION, 14).with(HelpKind.REFERENCE, 10).with(HelpKind.RECOMMENDATION, 8);
    private static final Weighted<Integer> GIVERS_WANTED = new Weighted<Integer>()
            .with(1, 150).with(2, 34).with(3, 12).with(4, 3).with(5, 1);
    private static final Weighted<RequestStatus> FRESH_STATUSES = new Weighted<RequestStatus>()
            .with(RequestStatus.OPEN, 80).with(RequestStatus.MATCHED, 15).with(RequestStatus.CLOSED, 5);
    private static final Weighted<RequestStatus> LATER_STATUSES = new Weighted<RequestStatus>()
            .with(RequestStatus.FULFILLED, 58).with(RequestStatus.MATCHED, 8).with(RequestStatus.CLOSED, 12)
            .with(RequestStatus.EXPIRED, 12).with(RequestStatus.OPEN, 10);

    private final RandomGenerator random;
    private final long now;
    /** Members who have offered, the earliest first offer first. */
    private final List<MemberRow> givers;
    private final Map<HelpKind, List<OfferRow>> offersByKind = new EnumMap<>(HelpKind.class);

    private Requests(RandomGenerator random, long now, List<MemberRow> members, List<OfferRow> offers) {
        this.random = random;
        this.now = now;
        this.givers = members.stream().filter(member -> member.firstOfferAt != Long.MAX_VALUE)
                .sorted(Comparator.comparingLong(member -> member.firstOfferAt)).toList();
        offers.forEach(offer -> offersByKind.computeIfAbsent(offer.kind, kind -> new ArrayList<>()).add(offer));
    }

    /** The requests, oldest first; {@code offers} must be oldest first too. */
    static List<RequestRow> generate(RandomGenerator random, int count, List<MemberRow> members, List<OfferRow> offers,
                                     long now) {
        Requests requests = new Requests(random, now, members, offers);
        List<RequestRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(requests.request());
        }
        rows.sort(Comparator.comparingLong(request -> request.createdAt));
        return rows;
    }

    private RequestRow request() {
        long createdAt = now - 10 * MINUTE - (long) ((YEAR - 10 * MINUTE) * Math.pow(random.nextDouble(), 1.5));
        MemberRow requester = requesterAt(createdAt);
        createdAt = Math.max(createdAt, requester.firstOfferAt + 10 * MINUTE);
        boolean fresh = now - createdAt < FRESH;
        RequestStatus status = (fresh ? FRESH_STATUSES : LATER_STATUSES).pick(random);
        if (holdsASlot(status) && requester.openRequests >= OPEN_REQUEST_CAP) {
            MemberRow other = requesterWithRoomAt(createdAt);
            if (other == null) {
                status = fresh ? RequestStatus.CLOSED : RequestStatus.FULFILLED;
            } else {
                requester = other;
            }
        }
        if (holdsASlot(status)) {
            requester.openRequests++;
        }

        HelpKind kind = KINDS.pick(random);
        OfferRow anchor = null;
        for (int k = 0; k < HelpKind.values().length && anchor == null; k++) {
            anchor = earlierOffer(kind, requester, createdAt);
            if (anchor == null) {
                kind = HelpKind.values()[(kind.ordinal() + 1) % HelpKind.values().length];
            }
        }
        String topic = anchor == null ? pick(random, requester.skills) : pick(random, List.copyOf(anchor.tags));
        Set<String> tags = tags(topic, requester);
        String title = HelpRequest.checkTitle(Phrases.requestTitle(random, kind, topic));
        String details = random.nextInt(100) < 85 ? HelpRequest.checkDetails(
                Phrases.requestDetails(random, requester.role, requester.city, List.copyOf(tags))) : null;
        int giversWanted = HelpRequest.checkGiversWanted(GIVERS_WANTED.pick(random));
        return fate(requester, kind, title, details, tags, createdAt, fresh, status, giversWanted);
    }

    private static boolean holdsASlot(RequestStatus status) {
        return status == RequestStatus.OPEN || status == RequestStatus.MATCHED;
    }

    /** A member whose first offer came before; the earliest giver when the request is older than most offers. */
    private MemberRow requesterAt(long createdAt) {
        for (int attempt = 0; attempt < 50; attempt++) {
            MemberRow member = pick(random, givers);
            if (member.firstOfferAt < createdAt - 10 * MINUTE) {
                return member;
            }
        }
        return givers.getFirst();
    }

    private MemberRow requesterWithRoomAt(long createdAt) {
        for (int attempt = 0; attempt < 50; attempt++) {
            MemberRow member = pick(random, givers);
            if (member.firstOfferAt < createdAt - 10 * MINUTE && member.openRequests < OPEN_REQUEST_CAP) {
                return member;
            }
        }
        return null;
    }

    /** An offer of this kind by someone else, posted before: the request is about something it covers. */
    private OfferRow earlierOffer(HelpKind kind, MemberRow requester, long createdAt) {
        List<OfferRow> ofKind = offersByKind.getOrDefault(kind, List.of());
        int before = countBefore(ofKind, createdAt - 10 * MINUTE);
        for (int attempt = 0; before > 0 && attempt < 10; attempt++) {
            OfferRow offer = ofKind.get(random.nextInt(before));
            if (offer.giver != requester) {
                return offer;
            }
        }
        return null;
    }

    private static int countBefore(List<OfferRow> oldestFirst, long moment) {
        int low = 0;
        int high = oldestFirst.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (oldestFirst.get(middle).createdAt < moment) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private Set<String> tags(String topic, MemberRow requester) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add(topic);
        for (int extra = random.nextInt(4); extra > 0; extra--) {
            tags.add(random.nextBoolean() ? pick(random, requester.skills) : pick(random, Vocabulary.SKILLS));
        }
        return Tags.values(tags.stream().map(Tag::new).toList(), HelpRequest.TAGS_MAX, "tags");
    }

    /**
     * What becomes of the request: until when it takes givers, its needed-by date, and how many
     * givers accept, give, are still asked (fresh requests) or are withdrawn when it closes early.
     */
    private RequestRow fate(MemberRow requester, HelpKind kind, String title, String details, Set<String> tags,
                            long createdAt, boolean fresh, RequestStatus status, int giversWanted) {
        long age = now - createdAt;
        long activeUntil;
        if (status == RequestStatus.OPEN) {
            activeUntil = fresh ? now - MINUTE : Math.min(now - MINUTE, createdAt + 30 * DAY);
        } else if (fresh) {
            activeUntil = Moments.between(random, createdAt + 2 * MINUTE, now - MINUTE);
        } else if (status == RequestStatus.EXPIRED) {
            // Waited days at least: the expiry comes the night after the needed-by date.
            activeUntil = createdAt + Moments.between(random, 2 * DAY, Math.min(30 * DAY, age - HOUR));
        } else {
            // Most requests find their givers (or are given up) within days, some take weeks.
            activeUntil = createdAt + 10 * MINUTE
                    + (long) ((Math.min(30 * DAY, age - HOUR) - 10 * MINUTE) * Math.pow(random.nextDouble(), 4));
        }
        int someAccepted = giversWanted > 1 && random.nextInt(10) < 3 ? 1 + random.nextInt(giversWanted - 1) : 0;
        int accepted = switch (status) {
            case FULFILLED, MATCHED -> giversWanted;
            case OPEN, EXPIRED -> someAccepted;
            case CLOSED -> random.nextInt(10) < 2 ? 1 + random.nextInt(giversWanted) : 0;
        };
        int completed = status == RequestStatus.FULFILLED ? accepted
                : fresh || accepted == 0 ? 0
                : random.nextInt(status == RequestStatus.MATCHED ? accepted : accepted + 1);
        int proposed = fresh && status == RequestStatus.OPEN
                ? 1 + random.nextInt(PROPOSALS_PER_REQUEST + giversWanted - 1 - accepted) : 0;
        int withdrawn = fresh && status == RequestStatus.CLOSED ? 1 + random.nextInt(3) : 0;
        LocalDate neededBy = HelpRequest.checkNeededBy(neededBy(status, createdAt, activeUntil), Moments.day(createdAt));
        return new RequestRow(requester, kind, title, details, tags, MatchRanker.need(tags, title, details), createdAt,
                neededBy, fresh, activeUntil, status, giversWanted, accepted, completed, proposed, withdrawn);
    }

    /**
     * Expired requests expired the night after their date; open ones have none or one still ahead
     * (else the application would expire them at once); others sometimes had one.
     */
    private LocalDate neededBy(RequestStatus status, long createdAt, long activeUntil) {
        LocalDate created = Moments.day(createdAt);
        LocalDate latest = created.plusDays(HelpRequest.NEEDED_BY_MAX_DAYS);
        if (status == RequestStatus.EXPIRED) {
            return Moments.day(activeUntil).minusDays(1);
        }
        if (status == RequestStatus.OPEN) {
            LocalDate ahead = Moments.day(now).plusDays(7 + random.nextInt(114));
            return random.nextInt(100) < 20 && !ahead.isAfter(latest) ? ahead : null;
        }
        return random.nextInt(100) < 25 ? created.plusDays(3 + random.nextInt(88)) : null;
    }
}
