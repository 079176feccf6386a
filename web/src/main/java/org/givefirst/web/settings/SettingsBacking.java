package org.givefirst.web.settings;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.domain.member.ProfileField;
import org.givefirst.domain.notification.Delivery;
import org.givefirst.domain.notification.NotificationType;
import org.givefirst.ejb.member.MemberDirectory;
import org.givefirst.ejb.notification.NotificationService;
import org.givefirst.ejb.privacy.PrivacyService;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backs {@code /settings.xhtml}: the contact details shared with people one is introduced to;
 * per type of notification, whether it is emailed immediately, in a daily digest, or not; which
 * profile details only matched members see; and deleting the account. (Blocks are BlockBacking's,
 * the data download ExportServlet's.)
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

    @Inject
    private PrivacyService privacyService;

    @Inject
    private FacesContext facesContext;

    private String contactDetails;
    private Map<NotificationType, Delivery> deliveries;
    /** Per profile field: shown only to matched members (true) or to every member. */
    private Map<ProfileField, Boolean> matchedOnly;
    private String deletionPassword;

    public void load() {
        long me = currentMember.requireId();
        contactDetails = directory.contactDetails(me);
        deliveries = new EnumMap<>(notificationService.deliveries(me));
        Set<ProfileField> chosen = privacyService.matchedOnlyFields(me);
        matchedOnly = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            matchedOnly.put(field, chosen.contains(field));
        }
    }

    public String savePrivacy() {
        Set<ProfileField> chosen = EnumSet.noneOf(ProfileField.class);
        matchedOnly.forEach((field, only) -> {
            if (Boolean.TRUE.equals(only)) {
                chosen.add(field);
            }
        });
        privacyService.showOnlyToMatched(currentMember.requireId(), chosen);
        FormMessages.flashInfo("settings.privacy.saved");
        return "/settings?faces-redirect=true";
    }

    /** Deletes the account, confirmed by the password; then this session ends too, and the visitor is home. */
    public String deleteAccount() {
        if (!FormMessages.succeeded(() -> privacyService.deleteAccount(currentMember.requireId(), deletionPassword), "delete")) {
            return null;
        }
        facesContext.getExternalContext().invalidateSession();
        FormMessages.flashInfo("settings.delete.done");
        return "/index?faces-redirect=true";
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

    public List<ProfileField> getProfileFields() {
        return List.of(ProfileField.values());
    }

    public Map<ProfileField, Boolean> getMatchedOnly() {
        return matchedOnly;
    }

    public String getDeletionPassword() {
        return deletionPassword;
    }

    public void setDeletionPassword(String deletionPassword) {
        this.deletionPassword = deletionPassword;
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
