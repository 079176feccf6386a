package org.givefirst.bench;

import org.givefirst.domain.offer.Offer;
import org.givefirst.domain.offer.OfferStatus;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.Tag;
import org.givefirst.domain.shared.Tags;
import org.givefirst.domain.shared.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

import static org.givefirst.bench.Moments.DAY;
import static org.givefirst.bench.Moments.HOUR;
import static org.givefirst.bench.Moments.MINUTE;
import static org.givefirst.bench.Vocabulary.pick;

/** The offers: most members give something, a few give a lot; mostly active, some paused or closed. */
final class Offers {

    /** Of every hundred members, this many have posted an offer. */
    static final int GIVERS_PERCENT = 85;

    private static final Weighted<HelpKind> KINDS = new Weighted<HelpKind>()
            .with(HelpKind.JOB_SEARCH_HELP, 25).with(HelpKind.ADVICE, 20).with(HelpKind.CHAT, 20)
            .with(HelpKind.INTRODUCTION, 15).with(HelpKind.REFERENCE, 10).with(HelpKind.RECOMMENDATION, 10);
    private static final Weighted<Integer> CAPACITIES = new Weighted<Integer>()
            .with(1, 20).with(2, 30).with(3, 25).with(4, 15).with(5, 10);
    private static final Weighted<OfferStatus> LATER_STATUSES = new Weighted<OfferStatus>()
            .with(OfferStatus.ACTIVE, 80).with(OfferStatus.PAUSED, 8).with(OfferStatus.CLOSED, 12);

    private Offers() {
    }

    /** The offers, oldest first. Every giver's first offer is still open: they have given first. */
    static List<OfferRow> generate(RandomGenerator random, int count, List<MemberRow> members, long now) {
        List<MemberRow> givers = new ArrayList<>(members);
        shuffle(random, givers);
        givers = givers.subList(0, Math.max(1, Math.min(count, givers.size() * GIVERS_PERCENT / 100)));
        List<OfferRow> offers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean first = i < givers.size();
            // Past the first offer each, the front of the shuffled list gives far more than the back.
            MemberRow giver = first ? givers.get(i) : givers.get((int) (givers.size() * Math.pow(random.nextDouble(), 2)));
            long latest = now - 10 * MINUTE;
            long createdAt = first ? Math.min(latest, giver.joinedAt + Moments.between(random, 10 * MINUTE, 3 * DAY))
                    : Moments.between(random, Math.min(latest, giver.joinedAt + HOUR), latest);
            OfferStatus status = first ? (random.nextInt(100) < 92 ? OfferStatus.ACTIVE : OfferStatus.PAUSED)
                    : LATER_STATUSES.pick(random);
            offers.add(offer(random, giver, status, createdAt));
            giver.firstOfferAt = Math.min(giver.firstOfferAt, createdAt);
        }
        offers.sort(Comparator.comparingLong(offer -> offer.createdAt));
        return offers;
    }

    /** An offer as the application would store it: its rules checked by the domain, its words found as the entity finds them. */
    private static OfferRow offer(RandomGenerator random, MemberRow giver, OfferStatus status, long createdAt) {
        HelpKind kind = KINDS.pick(random);
        Set<String> tags = tags(random, giver);
        String title = Offer.checkTitle(Phrases.offerTitle(random, kind, tags.iterator().next()));
        String description = random.nextInt(10) == 0 ? null
                : Offer.checkDescription(Phrases.offerDescription(random, kind, giver.role, List.copyOf(tags)));
        Set<String> words = Words.significant(description == null ? title : title + " " + description);
        int capacity = Offer.checkCapacity(CAPACITIES.pick(random));
        return new OfferRow(giver, kind, title, description, tags, words, capacity, status, createdAt);
    }

    /** A few of the giver's skills, sometimes one more. */
    private static Set<String> tags(RandomGenerator random, MemberRow giver) {
        Set<String> tags = new LinkedHashSet<>();
        int fromSkills = 1 + random.nextInt(Math.min(4, giver.skills.size()));
        while (tags.size() < fromSkills) {
            tags.add(pick(random, giver.skills));
        }
        if (random.nextInt(10) < 3) {
            tags.add(pick(random, Vocabulary.SKILLS));
        }
        return Tags.values(tags.stream().map(Tag::new).toList(), Offer.TAGS_MAX, "tags");
    }

    private static <T> void shuffle(RandomGenerator random, List<T> values) {
        for (int i = values.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            values.set(i, values.set(j, values.get(i)));
        }
    }
}
