package org.givefirst.web.offer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.domain.offer.Offer;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.Tags;
import org.givefirst.ejb.offer.OfferDraft;
import org.givefirst.ejb.offer.OfferService;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;

/** Backs {@code /offers/new.xhtml}: a giver describes what they can give, and how often. */
@Named("newOffer")
@RequestScoped
public class NewOfferBacking {

    static final String FORM = "offer";

    @Inject
    private OfferService offerService;

    @Inject
    private CurrentMember currentMember;

    private HelpKind kind;
    private String title;
    private String description;
    private String tags;
    private Integer capacity = 2;

    public void validateTitle(FacesContext context, UIComponent component, Object value) {
        FormMessages.validate(() -> Offer.checkTitle((String) value));
    }

    public void validateDescription(FacesContext context, UIComponent component, Object value) {
        FormMessages.validate(() -> Offer.checkDescription((String) value));
    }

    public void validateTags(FacesContext context, UIComponent component, Object value) {
        FormMessages.validate(() -> Tags.values(Tags.parse((String) value), Offer.TAGS_MAX, "tags"));
    }

    public void validateCapacity(FacesContext context, UIComponent component, Object value) {
        FormMessages.validate(() -> Offer.checkCapacity((Integer) value));
    }

    public String post() {
        if (!FormMessages.succeeded(() -> offerService.post(currentMember.requireId(),
                new OfferDraft(kind, title, description, Tags.parse(tags), capacity)), FORM)) {
            return null;
        }
        FormMessages.flashInfo("offers.new.posted");
        return "/offers/index?faces-redirect=true";
    }

    public HelpKind getKind() {
        return kind;
    }

    public void setKind(HelpKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
