package org.givefirst.ejb.matching;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** How changes to one kind's offers add up while a matching pass runs. */
class MatchingTriggersTest {

    @Test
    void newOffersAddUp() {
        assertThat(MatchingTriggers.together(Set.of(1L, 2L), Set.of(2L, 3L))).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void aChangeThatNeedsAWholeSearchWinsWhicheverCameFirst() {
        assertThat(MatchingTriggers.together(Set.of(), Set.of(4L))).isEmpty();
        assertThat(MatchingTriggers.together(Set.of(4L), Set.of())).isEmpty();
    }

    @Test
    void tooManyNewOffersBecomeAWholeSearch() {
        Set<Long> many = LongStream.rangeClosed(1, MatchingTriggers.NEW_CANDIDATES_MAX).boxed().collect(Collectors.toSet());
        assertThat(MatchingTriggers.together(many, Set.of(MatchingTriggers.NEW_CANDIDATES_MAX + 1L))).isEmpty();
        Set<Long> allButOne = LongStream.rangeClosed(2, MatchingTriggers.NEW_CANDIDATES_MAX).boxed().collect(Collectors.toSet());
        assertThat(MatchingTriggers.together(Set.of(1L), allButOne)).hasSize(MatchingTriggers.NEW_CANDIDATES_MAX);
    }
}
