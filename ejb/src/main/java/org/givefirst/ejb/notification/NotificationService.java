package org.givefirst.ejb.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.notification.Delivery;
import org.givefirst.domain.notification.MailStatus;
import org.givefirst.domain.notification.Notification;
import org.givefirst.domain.notification.NotificationTarget;
import org.givefirst.domain.notification.NotificationType;
import org.givefirst.ejb.mail.MailSettings;
import org.givefirst.ejb.member.Members;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes notifications for the other use cases, and reads them for their recipient. Each one is
 * also queued for email — now, for the daily digest, or not at all — as its recipient chose.
 */
@Stateless
public class NotificationService {

    static final int LIST_MAX = 50;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private MailSettings mailSettings;

    @Inject
    private Event<NotificationsQueued> queued;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /** Part of the calling use case's transaction: no notification (and no email) for something that rolled back. */
    public void notify(long recipientId, NotificationType type, NotificationTarget about, String subject, String actor) {
        Member recipient = Members.require(entityManager, recipientId);
        MailStatus mail = mailSettings.isEnabled() ? recipient.deliveryOf(type).firstMailStatus() : MailStatus.NONE;
        entityManager.persist(new Notification(recipientId, type, about, subject, actor, mail));
        if (mail == MailStatus.QUEUED && transaction.getResource(NotificationsQueued.class) == null) {
            // Once per transaction: one run after the commit sends all that it queued.
            transaction.putResource(NotificationsQueued.class, Boolean.TRUE);
            queued.fire(new NotificationsQueued());
        }
    }

    /** The header's bell, on every page: one count, without a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countUnread(long actingMemberId) {
        return entityManager.createNamedQuery(Notification.COUNT_UNREAD, Long.class)
                .setParameter("recipientId", actingMemberId).getSingleResult();
    }

    /** The member's latest notifications, newest first. */
    public List<NotificationView> listMine(long actingMemberId) {
        return entityManager.createNamedQuery(Notification.FIND_FOR_RECIPIENT, Notification.class)
                .setParameter("recipientId", actingMemberId).setMaxResults(LIST_MAX)
                .getResultStream().map(NotificationView::of).toList();
    }

    public int markAllRead(long actingMemberId) {
        return entityManager.createNamedQuery(Notification.MARK_ALL_READ)
                .setParameter("recipientId", actingMemberId).executeUpdate();
    }

    /** How the member hears about each type by email. */
    public Map<NotificationType, Delivery> deliveries(long actingMemberId) {
        Member member = Members.require(entityManager, actingMemberId);
        Map<NotificationType, Delivery> deliveries = new EnumMap<>(NotificationType.class);
        for (NotificationType type : NotificationType.values()) {
            deliveries.put(type, member.deliveryOf(type));
        }
        return deliveries;
    }

    public void chooseDeliveries(long actingMemberId, Map<NotificationType, Delivery> choices) {
        Member member = Members.require(entityManager, actingMemberId);
        choices.forEach(member::chooseDelivery);
    }

}
