package org.givefirst.ejb.matching;

import org.givefirst.ejb.matching.MatchRanker.Candidate;
import org.givefirst.ejb.matching.MatchRanker.Need;
import org.givefirst.ejb.matching.MatchRanker.Ranked;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MatchRankerTest {

    private static final Need NEED = new Need(Set.of("java", "backend", "payments"),
            Set.of("reference", "senior", "engineer", "bank", "lisbon", "kotlin", "spring"));

    private static Candidate offer(long offerId, long giverId, Set<String> tags, Set<String> words, long load) {
        return new Candidate(offerId, giverId, tags, words, load);
    }

    private static Candidate offer(long offerId, long giverId, Set<String> tags, Set<String> words) {
        return offer(offerId, giverId, tags, words, 0);
    }

    @Test
    void oneSharedTagOutweighsTwoSharedWords() {
        Candidate twoWords = offer(1, 10, Set.of("python"), Set.of("senior", "engineer"));
        Candidate oneTag = offer(2, 20, Set.of("java"), Set.of("gardening"));

        List<Ranked> ranked = MatchRanker.rank(NEED, List.of(twoWords, oneTag), 5);

        assertThat(ranked).extracting(Ranked::offerId).containsExactly(2L, 1L);
        assertThat(ranked.get(0).score()).isEqualTo(3.0);
        assertThat(ranked.get(1).score()).isEqualTo(2.0);
    }

    @Test
    void moreSharedTagsRankHigher() {
        Candidate one = offer(1, 10, Set.of("java"), Set.of());
        Candidate three = offer(2, 20, Set.of("java", "backend", "payments"), Set.of());
        Candidate two = offer(3, 30, Set.of("backend", "payments", "go"), Set.of());

        assertThat(MatchRanker.rank(NEED, List.of(one, three, two), 5))
                .extracting(Ranked::offerId).containsExactly(2L, 3L, 1L);
    }

    @Test
    void anOfferSharingNothingIsNeverProposed() {
        Candidate nothing = offer(1, 10, Set.of("cooking", "javascript"), Set.of("bakery", "engineers"));
        Candidate noTagsNoWords = offer(2, 20, Set.of(), Set.of());

        assertThat(MatchRanker.rank(NEED, List.of(nothing, noTagsNoWords), 10)).isEmpty();
        assertThat(MatchRanker.rank(new Need(Set.of(), Set.of()), List.of(offer(3, 30, Set.of("java"), Set.of("bank"))), 10))
                .isEmpty();
    }

    @Test
    void theLessLoadedGiverWinsBetweenEqualFits() {
        Candidate busy = offer(1, 10, Set.of("java"), Set.of("bank"), 2);
        Candidate idle = offer(2, 20, Set.of("java"), Set.of("bank"), 0);
        Candidate someLoad = offer(3, 30, Set.of("java"), Set.of("bank"), 1);

        List<Ranked> ranked = MatchRanker.rank(NEED, List.of(busy, idle, someLoad), 5);

        assertThat(ranked).extracting(Ranked::giverId).containsExactly(20L, 30L, 10L);
        assertThat(ranked).extracting(Ranked::score).containsExactly(4.0, 4.0 / 1.5, 4.0 / 2.0);
    }

    @Test
    void loadDoesNotHideAMuchBetterFit() {
        Candidate busyButFitting = offer(1, 10, Set.of("java", "backend", "payments"), Set.of(), 1);
        Candidate idleButWeak = offer(2, 20, Set.of(), Set.of("bank"), 0);

        assertThat(MatchRanker.rank(NEED, List.of(idleButWeak, busyButFitting), 5))
                .extracting(Ranked::giverId).containsExactly(10L, 20L);
    }

    @Test
    void equalScoresAreOrderedByOfferIdWhateverTheInputOrder() {
        Candidate later = offer(9, 10, Set.of("java"), Set.of());
        Candidate earlier = offer(4, 20, Set.of("java"), Set.of());

        assertThat(MatchRanker.rank(NEED, List.of(later, earlier), 5)).extracting(Ranked::offerId).containsExactly(4L, 9L);
        assertThat(MatchRanker.rank(NEED, List.of(earlier, later), 5)).extracting(Ranked::offerId).containsExactly(4L, 9L);
    }

    @Test
    void eachGiverAppearsOnceWithTheirBestOffer() {
        Candidate weak = offer(1, 10, Set.of(), Set.of("bank"));
        Candidate best = offer(2, 10, Set.of("java", "backend"), Set.of());
        Candidate middle = offer(3, 10, Set.of("java"), Set.of());
        Candidate other = offer(4, 20, Set.of("payments"), Set.of());

        List<Ranked> ranked = MatchRanker.rank(NEED, List.of(weak, best, middle, other), 5);

        assertThat(ranked).extracting(Ranked::giverId).containsExactly(10L, 20L);
        assertThat(ranked.get(0).offerId()).isEqualTo(2L);
        assertThat(ranked.get(0).matchedTags()).containsExactly("backend", "java");
    }

    @Test
    void theLimitIsRespectedKeepingTheBest() {
        List<Candidate> candidates = new ArrayList<>();
        for (long i = 1; i <= 10; i++) {
            candidates.add(offer(i, i * 10, i <= 2 ? Set.of("java") : Set.of(), Set.of("bank")));
        }
        candidates.add(offer(11, 110, Set.of("java", "backend"), Set.of()));

        assertThat(MatchRanker.rank(NEED, candidates, 3)).extracting(Ranked::offerId).containsExactly(11L, 1L, 2L);
        assertThat(MatchRanker.rank(NEED, candidates, 1)).extracting(Ranked::offerId).containsExactly(11L);
        assertThat(MatchRanker.rank(NEED, candidates, 0)).isEmpty();
        assertThat(MatchRanker.rank(NEED, candidates, 100)).hasSize(11);
    }

    @Test
    void reasonsAreTheSharedTagsAndWordsSorted() {
        Candidate candidate = offer(1, 10, Set.of("payments", "go", "java", "backend"),
                Set.of("spring", "bank", "zurich", "engineer"));

        Ranked ranked = MatchRanker.rank(NEED, List.of(candidate), 5).get(0);

        assertThat(ranked.matchedTags()).containsExactly("backend", "java", "payments");
        assertThat(ranked.matchedWords()).containsExactly("bank", "engineer", "spring");
        assertThat(ranked.score()).isEqualTo(3 * 3.0 + 3 * 1.0);
    }

    @Test
    void atMostFiveSharedWordsCount() {
        Candidate sevenWords = offer(1, 10, Set.of(), NEED.words());

        Ranked ranked = MatchRanker.rank(NEED, List.of(sevenWords), 5).get(0);

        assertThat(ranked.matchedWords()).hasSize(5).isSorted().isSubsetOf(NEED.words());
        assertThat(ranked.score()).isEqualTo(5.0);
    }

    @Test
    void tagsMatchWholeNotInPart() {
        Candidate partial = offer(1, 10, Set.of("javascript", "back"), Set.of("banking"));

        assertThat(MatchRanker.rank(NEED, List.of(partial), 5)).isEmpty();
    }
}
