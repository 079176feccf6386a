package org.givefirst.ejb.notification;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.notification.Notification;
import org.givefirst.domain.notification.NotificationType;

import java.util.List;

/** Writes notifications for the other use cases, and reads them for their recipient. */
@Stateless
public class NotificationService {

    static final int LIST_MAX = 50;

    @PersistenceContext
    private EntityManager entityManager;

    /** Part of the calling use case's transaction: no notification for something that rolled back. */
    public void notify(long recipientId, NotificationType type, Long matchId, Long requestId, String subject, String actor) {
        entityManager.persist(new Notification(recipientId, type, matchId, requestId, subject, actor));
    }

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
}
