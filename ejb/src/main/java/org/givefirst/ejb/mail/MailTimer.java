package org.givefirst.ejb.mail;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.givefirst.ejb.notification.NotificationsQueued;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When email goes out: right after a use case that queued some commits, and every minute on every
 * instance (non-persistent timer, see DESIGN.md) for retries and the daily digests. The claims in
 * {@link MailOutbox} and {@link Digests} make running everywhere safe.
 */
@Singleton
@Lock(LockType.READ) // the work is safe to run side by side; the claims decide
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailTimer {

    private static final Logger LOG = Logger.getLogger(MailTimer.class.getName());

    @Inject
    private MailSettings settings;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Digests digests;

    @Inject
    private Clock clock;

    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsQueued event) {
        outbox.sendQueuedSoon();
    }

    @Schedule(hour = "*", minute = "*", second = "23", persistent = false)
    void sendEmail() {
        if (!settings.isEnabled()) {
            return;
        }
        try {
            outbox.sendQueued();
            int sent = digests.sendDue(clock.instant());
            if (sent > 0) {
                LOG.info(() -> sent + " daily digests sent");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending email failed; the next run tries again", e);
        }
    }
}
