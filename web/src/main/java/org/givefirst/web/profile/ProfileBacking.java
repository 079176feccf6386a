package org.givefirst.web.profile;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.member.MemberProfile;
import org.givefirst.ejb.offer.ActiveOffer;
import org.givefirst.ejb.profile.ChatsHeld;
import org.givefirst.ejb.profile.GivingRecord;
import org.givefirst.ejb.profile.ProfilePage;
import org.givefirst.ejb.profile.ProfileService;
import org.givefirst.ejb.profile.Recommendation;
import org.givefirst.ejb.shared.Page;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.Pages;
import org.givefirst.web.shared.Paging;
import org.omnifaces.util.Faces;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Backs {@code /members/profile.xhtml?id=N}: a member's profile, the stable address of a member.
 * Request scoped; the id comes with every request (in the URL, or as the block form's hidden "id").
 */
@Named("profile")
@RequestScoped
public class ProfileBacking {

    @EJB
    private ProfileService profileService;

    @Inject
    private CurrentMember currentMember;

    @Inject
    private FacesContext facesContext;

    /** As typed in the URL (see Ids). */
    private String id;
    private ProfilePage page;

    /** View action: loads the member, or answers 404 for an unknown id. */
    public void load() {
        getMember();
    }

    public boolean isOwn() {
        MemberProfile member = getMember();
        return member != null && Objects.equals(member.id(), currentMember.getId());
    }

    /** The first character of the member's name, as a person sees it (an emoji or accent whole). */
    public String getInitial() {
        String name = getMember().displayName();
        return new String(Character.toChars(name.codePointAt(0))).toUpperCase(facesContext.getViewRoot().getLocale());
    }

    /** "November 2026", in the visitor's language. */
    public String getMemberSince() {
        Locale locale = facesContext.getViewRoot().getLocale();
        return DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(getMember().memberSince().atZone(ZoneOffset.UTC));
    }

    /** A page of them: a giver may keep many offers open, and the profile stays quick to read. */
    public Page<ActiveOffer> getActiveOffers() {
        return page().activeOffers();
    }

    /** Given and received, side by side, by kind. */
    public GivingRecord getGiving() {
        return page().giving();
    }

    /** Chats held as giver and as receiver. */
    public ChatsHeld getChatsHeld() {
        return page().chatsHeld();
    }

    /** Recommendations the member chose to show. */
    public List<Recommendation> getRecommendations() {
        return page().recommendations();
    }

    /** Whether the signed-in member blocked this one: the block button says what it will do. */
    public boolean isBlocked() {
        return page().blockedByViewer();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MemberProfile getMember() {
        ProfilePage loaded = page();
        return loaded == null ? null : loaded.member();
    }

    /**
     * The whole page, loaded once per request: on a GET from the view parameter, on a postback (the
     * block button's form) from the form's hidden "id", so the page's components exist to decode it.
     */
    private ProfilePage page() {
        if (page == null) {
            page = Pages.findOr404(id != null ? id : Faces.getRequestParameter("id"),
                    memberId -> profileService.of(currentMember.requireId(), memberId, Paging.before(facesContext)));
        }
        return page;
    }
}
