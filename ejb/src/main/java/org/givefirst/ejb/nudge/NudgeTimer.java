package org.givefirst.ejb.nudge;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.givefirst.ejb.shared.Claims;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every minute, on every instance (non-persistent timer; the claims in {@link Nudges} make it safe). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NudgeTimer {

    private static final Logger LOG = Logger.getLogger(NudgeTimer.class.getName());

    @Inject
    private Nudges nudges;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*", second = "41", persistent = false)
    void nudge() {
        try {
            run(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending nudges failed; the next run tries again", e);
        }
    }

    void run(Instant now) {
        Claims.each(nudges.findProposalsToRemind(now), matchId -> nudges.remind(matchId, now), LOG,
                "Reminding of proposal");
        Claims.each(nudges.findRequestsForTips(now), requestId -> nudges.sendTips(requestId, now), LOG,
                "Tips for request");
    }
}
