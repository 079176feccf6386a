package org.givefirst.web.introduction;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.introduction.IntroductionService;
import org.givefirst.ejb.member.AccountService;
import org.givefirst.ejb.member.MemberProfile;
import org.givefirst.ejb.member.MemberSummary;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;
import org.givefirst.web.shared.Pages;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code /introductions/new.xhtml?contact=N}, reached from a member's profile: whom of the
 * people they know through GiveFirst the member introduces to that member, and why.
 */
@Named("newIntroduction")
@ViewScoped // the contact and the picker must be there when the form comes back with a mistake
public class NewIntroductionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "introduction";

    @Inject
    private IntroductionService introductionService;

    @Inject
    private AccountService accountService;

    @Inject
    private CurrentMember currentMember;

    private String contact;
    private MemberProfile contactProfile;
    private List<MemberSummary> people;

    private Long seekerId;
    private String blurb;

    public void load() {
        contactProfile = Pages.findOr404(contact, id -> accountService.getProfileFor(currentMember.requireId(), id));
        if (contactProfile != null) {
            people = introductionService.whomICanIntroduce(currentMember.requireId()).stream()
                    .filter(person -> person.id() != contactProfile.id()).toList();
            if (seekerId == null && people.size() == 1) {
                seekerId = people.getFirst().id();
            }
        }
    }

    public String propose() {
        Optional<Long> created = FormMessages.attempt(() -> introductionService.propose(currentMember.requireId(),
                seekerId, contactProfile.id(), blurb), FORM);
        if (created.isEmpty()) {
            return null;
        }
        FormMessages.flashInfo("introductions.new.sent");
        return "/introductions/view?faces-redirect=true&id=" + created.get();
    }

    public boolean isOwnProfile() {
        return contactProfile != null && contactProfile.id() == currentMember.requireId();
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public MemberProfile getContactProfile() {
        return contactProfile;
    }

    public List<MemberSummary> getPeople() {
        return people;
    }

    public Long getSeekerId() {
        return seekerId;
    }

    public void setSeekerId(Long seekerId) {
        this.seekerId = seekerId;
    }

    public String getBlurb() {
        return blurb;
    }

    public void setBlurb(String blurb) {
        this.blurb = blurb;
    }
}
