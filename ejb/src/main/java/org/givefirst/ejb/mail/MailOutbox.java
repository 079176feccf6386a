package org.givefirst.ejb.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
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
import org.givefirst.domain.notification.NotificationType;
import org.givefirst.ejb.chat.CalendarFile;
import org.givefirst.ejb.chat.ChatService;
import org.givefirst.ejb.notification.NotificationView;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the emails of notifications queued for immediate delivery. Each one is claimed (QUEUED →
 * SENT) in the transaction that sends it: another instance trying the same notification waits on
 * the row and then finds it taken, so an email goes out once; a failed send rolls the claim back
 * and a later run retries, {@value #MAX_ATTEMPTS} times at most.
 */
@Stateless
public class MailOutbox {

    static final int MAX_ATTEMPTS = 5;
    static final int BATCH_MAX = 100;

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Mailer mailer;

    @Inject
    private MailComposer composer;

    @Inject
    private ChatService chats;

    @Resource
    private SessionContext context;

    /** Sends what is queued, on a container thread, so the member's request does not wait for SMTP. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendQueuedSoon() {
        sendQueued();
    }

    /** @return how many emails went out */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendQueued() {
        MailOutbox self = context.getBusinessObject(MailOutbox.class);
        int sent = 0;
        for (long notificationId : self.findQueued()) {
            try {
                if (self.send(notificationId)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Email of notification " + notificationId + " not sent; retried later", e);
                self.recordFailure(notificationId);
            }
        }
        return sent;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> findQueued() {
        return entityManager.createNamedQuery(Notification.FIND_MAIL_QUEUED, Long.class)
                .setMaxResults(BATCH_MAX).getResultList();
    }

    /** Claims and sends one email; false when another instance sent it already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long notificationId) {
        int claimed = entityManager.createNamedQuery(Notification.CLAIM_MAIL).setParameter("id", notificationId).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        Notification notification = entityManager.find(Notification.class, notificationId);
        Member recipient = entityManager.find(Member.class, notification.getRecipientId());
        NotificationView view = NotificationView.of(notification);
        Email email = composer.single(recipient, view);
        try {
            mailer.send(email, attachmentOf(view, recipient.getId()));
        } catch (MessagingException e) {
            throw new MailNotSentException(e); // rolls the claim back
        }
        return true;
    }

    /** A scheduled or called-off chat comes with its calendar file (which then adds or removes it). */
    private Mailer.Attachment attachmentOf(NotificationView notification, long recipientId) {
        boolean aboutChatTime = notification.type() == NotificationType.CHAT_SCHEDULED
                || notification.type() == NotificationType.CHAT_CANCELLED;
        if (!aboutChatTime || notification.matchId() == null) {
            return null;
        }
        return chats.findCalendar(recipientId, notification.matchId())
                .map(file -> new Mailer.Attachment(file.fileName(), CalendarFile.CONTENT_TYPE, file.content()))
                .orElse(null);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(long notificationId) {
        entityManager.createNamedQuery(Notification.COUNT_MAIL_FAILURE)
                .setParameter("id", notificationId).setParameter("maxAttempts", MAX_ATTEMPTS).executeUpdate();
    }
}
