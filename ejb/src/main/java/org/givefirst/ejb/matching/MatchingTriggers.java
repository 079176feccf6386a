package org.givefirst.ejb.matching;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.ejb.offer.OffersChanged;
import org.givefirst.ejb.request.RequestNeedsGivers;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * at a time, and offers that change while a pass runs are all looked at in the next one — so a
 * burst of new offers costs a few passes, not one each.
 */
@ApplicationScoped
public class MatchingTriggers {

    private static final Logger LOG = Logger.getLogger(MatchingTriggers.class.getName());

    @Inject
    private MatchingService matching;

    @Resource
    private ManagedExecutorService executor;

    /** Kinds whose offers changed since the last pass began. */
    private final Set<HelpKind> kindsToRevisit = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean passRunning = new AtomicBoolean();

    void onRequestNeedsGivers(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestNeedsGivers event) {
        try {
            matching.proposeFor(event.requestId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Matching for request " + event.requestId() + " failed; it is retried on the next change", e);
        }
    }

    void onOffersChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OffersChanged event) {
        kindsToRevisit.addAll(event.kinds());
        if (passRunning.compareAndSet(false, true)) {
            executor.execute(this::revisitUntilNothingChanged);
        }
    }

    private void revisitUntilNothingChanged() {
        do {
            Set<HelpKind> kinds = EnumSet.noneOf(HelpKind.class);
            for (HelpKind kind : HelpKind.values()) {
                if (kindsToRevisit.remove(kind)) {
                    kinds.add(kind);
                }
            }
            try {
                if (!kinds.isEmpty()) {
                    matching.revisitOpenRequests(kinds);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Matching after offers of " + kinds + " changed failed", e);
            } finally {
                passRunning.set(false);
            }
            // A change that came in after the kinds were taken, and found the pass still running,
            // started nothing: look again.
        } while (!kindsToRevisit.isEmpty() && passRunning.compareAndSet(false, true));
    }
}
