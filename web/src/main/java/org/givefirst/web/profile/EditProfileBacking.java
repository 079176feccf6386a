package org.givefirst.web.profile;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.member.ProfileDetails;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.domain.shared.Tag;
import org.givefirst.ejb.member.AccountService;
import org.givefirst.ejb.member.MemberProfile;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs {@code /profile/edit.xhtml}: the signed-in member edits their own profile. Skills are added
 * and removed on the page (plain POSTs, no script) and everything is saved together with "Save".
 * The page never says whose profile it is: the service takes the signed-in member.
 */
@Named("editProfile")
@ViewScoped
public class EditProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The zones a member can choose, sorted once (rendering and validating the select ask for them). */
    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    static final String FORM = "profile";

    @Inject // a serializable proxy: this bean may move to another instance with the session
    private AccountService accountService;

    @Inject
    private CurrentMember currentMember;

    private long memberId;
    private String displayName;
    private String headline;
    private String bio;
    private String location;
    private final List<String> skills = new ArrayList<>();
    private String newSkill;
    private String timeZone;

    @PostConstruct
    void load() {
        MemberProfile profile = accountService.getProfile(currentMember.requireId());
        memberId = profile.id();
        displayName = profile.displayName();
        headline = profile.headline();
        bio = profile.bio();
        location = profile.location();
        profile.skills().forEach(skill -> skills.add(skill.value()));
        timeZone = profile.timeZone().getId();
    }

    public void validateDisplayName(FacesContext context, UIComponent component, Object value) {
        FormMessages.validate(() -> Member.checkDisplayName((String) value));
    }

    public void validateHeadline(FacesContext context, UIComponent component, Object value) {
        FormMessages.validate(() -> Member.checkHeadline((String) value));
    }

    public void validateBio(FacesContext context, UIComponent component, Object value) {
        FormMessages.validate(() -> Member.checkBio((String) value));
    }

    public void validateLocation(FacesContext context, UIComponent component, Object value) {
        FormMessages.validate(() -> Member.checkLocation((String) value));
    }

    public void validateTimeZone(FacesContext context, UIComponent component, Object value) {
        FormMessages.validate(() -> Member.checkTimeZone((String) value));
    }

    /** Adds the typed skill to the list on the page (saved with the rest). */
    public void addSkill() {
        if (newSkill == null) {
            FormMessages.error(FORM + ":newSkill", "validation.tag.empty");
            return;
        }
        Tag tag;
        try {
            tag = Tag.of(newSkill);
        } catch (InvalidValueException e) {
            FormMessages.error(FORM + ":newSkill", e.getMessageKey());
            return;
        }
        if (!skills.contains(tag.value())) {
            if (skills.size() >= Member.SKILLS_MAX) {
                FormMessages.error(FORM + ":newSkill", "validation.skills.tooMany");
                return;
            }
            skills.add(tag.value());
        }
        newSkill = null;
    }

    public void removeSkill(String skill) {
        skills.remove(skill);
    }

    public String save() {
        if (!FormMessages.succeeded(() -> accountService.updateProfile(currentMember.requireId(), memberId,
                new ProfileDetails(displayName, headline, bio, location, skills.stream().map(Tag::new).toList(), timeZone)),
                FORM)) {
            return null;
        }
        FormMessages.flashInfo("profile.edit.saved");
        return "/members/profile?faces-redirect=true&id=" + memberId;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public List<String> getSkills() {
        return skills;
    }

    public String getNewSkill() {
        return newSkill;
    }

    public void setNewSkill(String newSkill) {
        this.newSkill = newSkill;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    /** Every zone java.time knows by name, sorted ("Africa/Abidjan" … "UTC" … "Pacific/Wallis"). */
    public List<String> getTimeZones() {
        return TIME_ZONES;
    }

    public int getSkillsMax() {
        return Member.SKILLS_MAX;
    }
}
