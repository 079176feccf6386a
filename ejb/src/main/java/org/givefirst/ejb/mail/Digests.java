package org.givefirst.ejb.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.notification.Notification;
import org.givefirst.ejb.notification.NotificationView;
import org.givefirst.ejb.shared.Claims;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * The daily digest: once a day, from the configured hour of the member's own time zone, each
 * member with notifications waiting for it gets one email listing them. The member's row is the claim — the day of the last digest,
 * set by a guarded update in the transaction that sends — so with several instances running the
 * same job, a member gets each day's digest once.
 */
@Stateless
public class Digests {

    private static final Logger LOG = Logger.getLogger(Digests.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private MailSettings settings;

    @Inject
    private Mailer mailer;

    @Inject
    private MailComposer composer;

    @Resource
    private SessionContext context;

    /** @return how many digests went out */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue(Instant now) {
        Digests self = context.getBusinessObject(Digests.class);
        return Claims.each(self.findRecipients(), recipientId -> self.send(recipientId, now), LOG, "Digest of member");
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> findRecipients() {
        return entityManager.createNamedQuery(Notification.FIND_DIGEST_RECIPIENTS, Long.class).getResultList();
    }

    /**
     * Claims today's digest of one member and sends it; false when it is too early in their day,
     * or it went out today already.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long recipientId, Instant now) {
        Member recipient = entityManager.find(Member.class, recipientId);
        ZonedDateTime local = now.atZone(recipient.getTimeZone());
        if (local.getHour() < settings.getDigestHour()) {
            return false;
        }
        LocalDate today = local.toLocalDate();
        int claimed = entityManager.createNamedQuery(Member.CLAIM_DIGEST)
                .setParameter("id", recipientId).setParameter("today", today).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        List<Notification> waiting = entityManager.createNamedQuery(Notification.FIND_DIGEST_OF, Notification.class)
                .setParameter("recipientId", recipientId).getResultList();
        if (waiting.isEmpty()) {
            return false;
        }
        List<NotificationView> items = waiting.stream().map(NotificationView::of).toList();
        try {
            mailer.send(composer.digest(recipient, items), null);
        } catch (MessagingException e) {
            throw new MailNotSentException(e); // the claim rolls back: the next run tries again
        }
        entityManager.createNamedQuery(Notification.MARK_DIGESTED).setParameter("recipientId", recipientId)
                .setParameter("upTo", waiting.getLast().getId()).executeUpdate();
        return true;
    }
}
