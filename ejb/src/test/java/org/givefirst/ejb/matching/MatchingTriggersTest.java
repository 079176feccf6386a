package org.givefirst.ejb.matching;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.ejb.offer.OffersChanged;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** How changes to offers add up into matching passes: a burst of them costs one pass, not one each. */
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

    @Test
    void aBurstOfNewOffersIsLookedAtInOnePassAMomentLater() {
        Passes passes = new Passes();
        passes.triggers.onOffersChanged(OffersChanged.available(Set.of(HelpKind.ADVICE), Set.of(1L)));
        passes.triggers.onOffersChanged(OffersChanged.available(Set.of(HelpKind.ADVICE), Set.of(2L)));
        passes.triggers.onOffersChanged(OffersChanged.available(Set.of(HelpKind.CHAT), Set.of(3L)));

        assertThat(passes.scheduled).as("one pass waits for the three").hasSize(1);
        assertThat(passes.delays).containsExactly(MatchingTriggers.GATHERING_MILLIS);
        passes.runNext();
        assertThat(passes.revisited).containsExactly(Map.of(HelpKind.ADVICE, Set.of(1L, 2L), HelpKind.CHAT, Set.of(3L)));
        assertThat(passes.scheduled).as("nothing left to look at").isEmpty();
    }

    @Test
    void anOfferPostedWhileAPassRunsGetsAPassOfItsOwn() {
        Passes passes = new Passes();
        passes.triggers.onOffersChanged(OffersChanged.available(Set.of(HelpKind.ADVICE), Set.of(1L)));
        passes.duringThePass = () -> passes.triggers.onOffersChanged(OffersChanged.available(Set.of(HelpKind.ADVICE), Set.of(2L)));
        passes.runNext();
        passes.duringThePass = () -> { };

        assertThat(passes.scheduled).as("the second offer found a pass running: the next one is scheduled when it ends").hasSize(1);
        passes.runNext();
        assertThat(passes.revisited).containsExactly(Map.of(HelpKind.ADVICE, Set.of(1L)), Map.of(HelpKind.ADVICE, Set.of(2L)));
    }

    @Test
    void aFailedPassDoesNotStopTheNextOnes() {
        Passes passes = new Passes();
        passes.duringThePass = () -> {
            throw new IllegalStateException("the database is away");
        };
        passes.triggers.onOffersChanged(OffersChanged.available(Set.of(HelpKind.ADVICE), Set.of(1L)));
        passes.runNext();
        passes.duringThePass = () -> { };
        passes.triggers.onOffersChanged(OffersChanged.available(Set.of(HelpKind.ADVICE), Set.of(2L)));

        assertThat(passes.scheduled).hasSize(1);
        passes.runNext();
        assertThat(passes.revisited).containsExactly(Map.of(HelpKind.ADVICE, Set.of(1L)), Map.of(HelpKind.ADVICE, Set.of(2L)));
    }

    /** Triggers whose scheduled passes wait here until the test runs them, and what each pass was given. */
    private static final class Passes {
        final List<Runnable> scheduled = new ArrayList<>();
        final List<Long> delays = new ArrayList<>();
        final List<Map<HelpKind, Set<Long>>> revisited = new ArrayList<>();
        Runnable duringThePass = () -> { };
        final MatchingTriggers triggers;

        Passes() {
            MatchingService matching = new MatchingService() {
                @Override
                public void revisitOpenRequests(Map<HelpKind, Set<Long>> changes) {
                    revisited.add(Map.copyOf(changes));
                    duringThePass.run();
                }
            };
            ManagedScheduledExecutorService executor = (ManagedScheduledExecutorService) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {ManagedScheduledExecutorService.class}, (proxy, method, args) -> {
                        if (!method.getName().equals("schedule") || !(args[0] instanceof Runnable task)) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        scheduled.add(task);
                        delays.add(((TimeUnit) args[2]).toMillis((Long) args[1]));
                        return null;
                    });
            triggers = new MatchingTriggers(matching, executor);
        }

        void runNext() {
            scheduled.removeFirst().run();
        }
    }
}
