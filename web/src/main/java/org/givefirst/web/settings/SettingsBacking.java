package org.givefirst.web.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.domain.notification.Delivery;
import org.givefirst.domain.notification.NotificationType;
import org.givefirst.ejb.member.MemberDirectory;
import org.givefirst.ejb.notification.NotificationService;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /settings.xhtml}: the contact details shared with people one is introduced to,
 * and, per type of notification, whether it is emailed immediately, in a daily digest, or not.
 */
@Named("settings")
@ViewScoped
public class SettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberDirectory directory;

    @Inject
    private NotificationService notificationService;

    @Inject
    private CurrentMember currentMember;

    private String contactDetails;
    private Map<NotificationType, Delivery> deliveries;

    public void load() {
        long me = currentMember.requireId();
        contactDetails = directory.contactDetails(me);
        deliveries = new EnumMap<>(notificationService.deliveries(me));
    }

    public String saveContactDetails() {
        if (!FormMessages.succeeded(() -> directory.updateContactDetails(currentMember.requireId(), contactDetails), "contact")) {
            return null;
        }
        FormMessages.flashInfo("settings.contact.saved");
        return "/settings?faces-redirect=true";
    }

    public String saveDeliveries() {
        notificationService.chooseDeliveries(currentMember.requireId(), deliveries);
        FormMessages.flashInfo("settings.email.saved");
        return "/settings?faces-redirect=true";
    }

    public List<NotificationType> getTypes() {
        return List.of(NotificationType.values());
    }

    public Delivery[] getChoices() {
        return Delivery.values();
    }

    public String getContactDetails() {
        return contactDetails;
    }

    public void setContactDetails(String contactDetails) {
        this.contactDetails = contactDetails;
    }

    public Map<NotificationType, Delivery> getDeliveries() {
        return deliveries;
    }
}
