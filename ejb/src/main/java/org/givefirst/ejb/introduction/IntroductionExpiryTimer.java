package org.givefirst.ejb.introduction;

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

/** Every minute, on every instance, expires introductions left unanswered (the claim makes it safe). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IntroductionExpiryTimer {

    private static final Logger LOG = Logger.getLogger(IntroductionExpiryTimer.class.getName());

    @Inject
    private IntroductionService introductions;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*", second = "53", persistent = false)
    void expireDue() {
        try {
            Instant now = clock.instant();
            Claims.each(introductions.findDue(now), introductionId -> introductions.expire(introductionId, now), LOG,
                    "Expiring introduction");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Expiring introductions failed; the next run tries again", e);
        }
    }
}
