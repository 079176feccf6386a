package org.givefirst.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.notification.NotificationService;
import org.givefirst.ejb.notification.NotificationView;
import org.givefirst.web.security.CurrentMember;

import java.util.List;

/** Backs the bell in the header (unread count) and {@code /notifications.xhtml}. */
@Named("notifications")
@RequestScoped
public class NotificationsBacking {

    @Inject
    private NotificationService notificationService;

    @Inject
    private CurrentMember currentMember;

    private Long unread;
    private List<NotificationView> list;

    public long getUnread() {
        if (unread == null) {
            unread = currentMember.id().map(notificationService::countUnread).orElse(0L);
        }
        return unread;
    }

    public List<NotificationView> getList() {
        if (list == null) {
            list = notificationService.listMine(currentMember.requireId());
        }
        return list;
    }

    /** A POST: reading the list never changes it by itself. */
    public String markAllRead() {
        notificationService.markAllRead(currentMember.requireId());
        return "/notifications?faces-redirect=true";
    }
}
