package org.givefirst.ejb.matching;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.ejb.offer.OffersChanged;
import org.givefirst.ejb.request.RequestNeedsGivers;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts matching once what triggered it is committed: a posted request, a declined or expired
 * proposal, offers that appeared or resumed. A failure here is logged, never shown to the member
 * whose action already succeeded.
 *
 * <p>A request is matched at once, on its requester's request: they see their proposals on the
 * next page. Changed offers send matching back over the open requests of their kinds, which is
 * work for the community rather than for the giver who posted: it runs in the background, one pass
 * at a time, a moment after the change, and the offers that change in that moment or while a pass
 * runs are all looked at in the next one — so a burst of new offers costs a few passes, not one
 * each. A pass asks of each open request only whether one of the new offers fits it, and searches
 * again only where one does.
 */
@ApplicationScoped
public class MatchingTriggers {

    private static final Logger LOG = Logger.getLogger(MatchingTriggers.class.getName());
    /** New offers of one kind a pass names at most; beyond, it searches every offer. */
    static final int NEW_CANDIDATES_MAX = 200;
    /**
     * How long a pass waits for more changes before it starts. A pass costs about the same for one
     * new offer as for fifty; without the wait, a community posting a hundred offers a second paid
     * for a pass after nearly every one (a quarter of the server's time, bench/README.md). Nobody
     * waits on it: the requests hear of their new proposals half a second later.
     */
    static final long GATHERING_MILLIS = 500;

    @Inject
    private MatchingService matching;

    @Resource
    private ManagedScheduledExecutorService executor;

    /**
     * Per kind, what changed since the last pass began: the offers that appeared or resumed, or an
     * empty set when proposals were withdrawn and the kind's requests need a whole new search.
     */
    private final Map<HelpKind, Set<Long>> pending = new ConcurrentHashMap<>();
    private final AtomicBoolean passRunning = new AtomicBoolean();

    public MatchingTriggers() {
        // for CDI, which injects the fields
    }

    /** For tests, which run the passes themselves. */
    MatchingTriggers(MatchingService matching, ManagedScheduledExecutorService executor) {
        this.matching = matching;
        this.executor = executor;
    }

    void onRequestNeedsGivers(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestNeedsGivers event) {
        try {
            matching.proposeFor(event.requestId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Matching for request " + event.requestId() + " failed; it is retried on the next change", e);
        }
    }

    void onOffersChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OffersChanged event) {
        for (HelpKind kind : event.kinds()) {
            pending.merge(kind, event.newCandidates(), MatchingTriggers::together);
        }
        schedulePass();
    }

    /**
     * Two changes to one kind: their new offers together, or a whole search if either needs one —
     * or if so many offers came while a pass ran that naming them all would cost more than it saves.
     */
    static Set<Long> together(Set<Long> earlier, Set<Long> later) {
        if (earlier.isEmpty() || later.isEmpty() || earlier.size() + later.size() > NEW_CANDIDATES_MAX) {
            return Set.of();
        }
        Set<Long> both = new HashSet<>(earlier);
        both.addAll(later);
        return Set.copyOf(both);
    }

    /** A pass after the gathering moment, unless one is already waiting or running (it sees these changes, or its successor does). */
    private void schedulePass() {
        if (!pending.isEmpty() && passRunning.compareAndSet(false, true)) {
            executor.schedule(this::revisit, GATHERING_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void revisit() {
        Map<HelpKind, Set<Long>> changes = new EnumMap<>(HelpKind.class);
        for (HelpKind kind : HelpKind.values()) {
            Set<Long> newCandidates = pending.remove(kind);
            if (newCandidates != null) {
                changes.put(kind, newCandidates);
            }
        }
        try {
            if (!changes.isEmpty()) {
                matching.revisitOpenRequests(changes);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Matching after offers of " + changes.keySet() + " changed failed", e);
        } finally {
            passRunning.set(false);
        }
        // A change that came while this pass ran found it running and scheduled nothing.
        schedulePass();
    }
}
