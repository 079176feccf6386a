package org.givefirst.bench;

import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.Words;
import org.givefirst.ejb.matching.MatchRanker;
import org.givefirst.ejb.matching.MatchRanker.Candidate;
import org.givefirst.ejb.matching.MatchRanker.Need;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * How long ranking the candidates for one help request takes in a community of 10,000 members
 * with 30,000 offers (seeded, deterministic). Per request it does what MatchingService does: look
 * the request's tags and words up in the offers' tag and word indexes (here in-memory maps, in
 * production the indexed offer_tags and offer_words tables), keep the hits of the request's kind
 * with capacity left that are not the requester's, gather what each shares, and rank them. The
 * database round trip is not in this figure. Prints the median and p95 in milliseconds. Not a
 * test: run it with the command in the README.
 */
public final class RankingBenchmark {

    static final int MEMBERS = 10_000;
    static final int OFFERS = 30_000;
    static final int WARMUP = 300;
    static final int MEASURED = 1_000;

    /** One generated offer, as the matching query returns it. */
    record OfferRow(long id, long giverId, HelpKind kind, String title, String description, Set<String> tags,
                    int capacity, int used) {
    }

    /** One generated request. */
    record RequestRow(long requesterId, HelpKind kind, String title, String details, Set<String> tags) {
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 42L;
        Community community = Community.generate(new Random(seed));
        Random random = new Random(seed + 1);
        long checksum = 0;
        for (int i = 0; i < WARMUP; i++) {
            checksum += rankOne(community, community.request(random)).size();
        }
        double[] millis = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            RequestRow request = community.request(random);
            long start = System.nanoTime();
            checksum += rankOne(community, request).size();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "ranking one request among %,d offers of %,d members (%d requests, seed %d)%n",
                OFFERS, MEMBERS, MEASURED, seed);
        System.out.printf(Locale.ROOT, "median %.2f ms   p95 %.2f ms   max %.2f ms   (proposals made: %d)%n",
                millis[MEASURED / 2], millis[(int) (MEASURED * 0.95)], millis[MEASURED - 1], checksum);
    }

    static List<MatchRanker.Ranked> rankOne(Community community, RequestRow request) {
        Need need = MatchRanker.need(request.tags(), request.title(), request.details());
        Map<Long, Hit> hits = new HashMap<>();
        collect(community.byTag, need.tags(), request, hits, true);
        collect(community.byWord, need.words(), request, hits, false);
        List<Candidate> candidates = new ArrayList<>(hits.size());
        hits.forEach((offerId, hit) -> candidates.add(new Candidate(offerId, hit.offer.giverId(), hit.tags, hit.words,
                community.load[(int) hit.offer.giverId()])));
        return MatchRanker.rank(need, candidates, 3);
    }

    private static final class Hit {
        final OfferRow offer;
        final Set<String> tags = new HashSet<>();
        final Set<String> words = new HashSet<>();

        Hit(OfferRow offer) {
            this.offer = offer;
        }
    }

    private static void collect(Map<String, List<OfferRow>> index, Set<String> terms, RequestRow request,
                                Map<Long, Hit> hits, boolean areTags) {
        for (String term : terms) {
            for (OfferRow offer : index.getOrDefault(term, List.of())) {
                if (offer.kind() == request.kind() && offer.giverId() != request.requesterId()
                        && offer.used() < offer.capacity()) {
                    Hit hit = hits.computeIfAbsent(offer.id(), id -> new Hit(offer));
                    (areTags ? hit.tags : hit.words).add(term);
                }
            }
        }
    }

    /** A community from a seed, in the seed generator's words (Vocabulary): skills as tags, Zipf-distributed text. */
    static final class Community {

        final List<OfferRow> offers = new ArrayList<>(OFFERS);
        /** The offer_tags and offer_words indexes. */
        final Map<String, List<OfferRow>> byTag = new HashMap<>();
        final Map<String, List<OfferRow>> byWord = new HashMap<>();
        final long[] load = new long[MEMBERS + 1];
        private final HelpKind[] kinds = HelpKind.values();

        static Community generate(Random random) {
            Community community = new Community();
            for (int member = 1; member <= MEMBERS; member++) {
                community.load[member] = random.nextInt(10) < 7 ? 0 : random.nextInt(6);
            }
            for (int id = 1; id <= OFFERS; id++) {
                Set<String> tags = community.tags(random);
                HelpKind kind = community.kinds[random.nextInt(community.kinds.length)];
                int capacity = 1 + random.nextInt(5);
                OfferRow offer = new OfferRow(id, 1 + random.nextInt(MEMBERS), kind,
                        community.sentence(random, tags, 8), community.sentence(random, tags, 40), tags, capacity,
                        random.nextInt(capacity + 1));
                community.offers.add(offer);
                tags.forEach(tag -> community.byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(offer));
                Words.significant(offer.title() + " " + offer.description())
                        .forEach(word -> community.byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(offer));
            }
            return community;
        }

        RequestRow request(Random random) {
            Set<String> tags = tags(random);
            return new RequestRow(1 + random.nextInt(MEMBERS), kinds[random.nextInt(kinds.length)],
                    sentence(random, tags, 10), sentence(random, tags, 60), tags);
        }

        private Set<String> tags(Random random) {
            Set<String> tags = new HashSet<>();
            int count = 1 + random.nextInt(5);
            while (tags.size() < count) {
                tags.add(Vocabulary.pick(random, Vocabulary.SKILLS));
            }
            return tags;
        }

        private String sentence(Random random, Set<String> tags, int words) {
            List<String> pool = new ArrayList<>(tags);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < words; i++) {
                String word = random.nextInt(4) == 0 && !pool.isEmpty()
                        ? pool.get(random.nextInt(pool.size()))
                        : random.nextInt(3) == 0 ? "the" : Vocabulary.word(random);
                text.append(i == 0 ? "" : " ").append(word);
            }
            return text.toString();
        }
    }
}
