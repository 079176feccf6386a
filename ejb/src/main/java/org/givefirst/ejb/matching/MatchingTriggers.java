package org.givefirst.ejb.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.givefirst.ejb.offer.OffersChanged;
import org.givefirst.ejb.request.RequestNeedsGivers;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts matching once what triggered it is committed: a posted request, a declined or expired
 * proposal, offers that appeared or resumed. A failure here is logged, never shown to the member
 * whose action already succeeded.
 */
@ApplicationScoped
public class MatchingTriggers {

    private static final Logger LOG = Logger.getLogger(MatchingTriggers.class.getName());

    @Inject
    private MatchingService matching;

    void onRequestNeedsGivers(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestNeedsGivers event) {
        try {
            matching.proposeFor(event.requestId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Matching for request " + event.requestId() + " failed; it is retried on the next change", e);
        }
    }

    void onOffersChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OffersChanged event) {
        try {
            matching.revisitOpenRequests(event.kinds());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Matching after offers of " + event.kinds() + " changed failed", e);
        }
    }
}
