package org.givefirst.ejb.match;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.givefirst.ejb.shared.Claims;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, on every instance, expires unanswered proposals and requests past their needed-by
 * date: a non-persistent timer (persistent ones fire on one instance
 * only and do not fail over, see DESIGN.md), made safe by the claim in {@link ProposalExpiry}.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProposalExpiryTimer {

    private static final Logger LOG = Logger.getLogger(ProposalExpiryTimer.class.getName());

    @Inject
    private ProposalExpiry expiry;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*", second = "7", persistent = false)
    void expireDueProposals() {
        Instant now = clock.instant();
        int expired = 0;
        try {
            int requests = expiry.expireRequests(LocalDate.ofInstant(now, ZoneOffset.UTC), now);
            if (requests > 0) {
                LOG.info(() -> requests + " requests expired after their needed-by date");
            }
            expired = Claims.each(expiry.findDue(now), matchId -> expiry.expire(matchId, now), LOG, "Expiring proposal");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Expiring proposals failed; the next run tries again", e);
        }
        if (expired > 0) {
            int count = expired;
            LOG.info(() -> count + " unanswered proposals expired");
        }
    }
}
