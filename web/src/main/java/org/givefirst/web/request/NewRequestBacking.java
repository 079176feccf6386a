package org.givefirst.web.request;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.domain.request.HelpRequest;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.Tags;
import org.givefirst.ejb.request.AskingEligibility;
import org.givefirst.ejb.request.HelpRequestService;
import org.givefirst.ejb.request.RequestDraft;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Backs {@code /requests/new.xhtml}. Shows the give-first rule kindly to a member who has not
 * offered anything yet; otherwise guides them to a specific, meaningful, time-bound request.
 */
@Named("newRequest")
@RequestScoped
public class NewRequestBacking {

    static final String FORM = "request";

    @Inject
    private HelpRequestService requestService;

    @Inject
    private CurrentMember currentMember;

    @Inject
    private Clock clock;

    private AskingEligibility eligibility;

    private HelpKind kind;
    private String title;
    private String details;
    private String tags;
    private LocalDate neededBy;
    private Integer giversWanted = 1;

    public AskingEligibility getEligibility() {
        if (eligibility == null) {
            eligibility = requestService.eligibility(currentMember.requireId());
        }
        return eligibility;
    }

    public void validateTitle(FacesContext context, UIComponent component, Object value) {
        FormMessages.validate(() -> HelpRequest.checkTitle((String) value));
    }

    public void validateDetails(FacesContext context, UIComponent component, Object value) {
        FormMessages.validate(() -> HelpRequest.checkDetails((String) value));
    }

    public void validateTags(FacesContext context, UIComponent component, Object value) {
        FormMessages.validate(() -> Tags.values(Tags.parse((String) value), HelpRequest.TAGS_MAX, "tags"));
    }

    public void validateNeededBy(FacesContext context, UIComponent component, Object value) {
        FormMessages.validate(() -> HelpRequest.checkNeededBy((LocalDate) value, LocalDate.now(clock.withZone(ZoneOffset.UTC))));
    }

    public void validateGiversWanted(FacesContext context, UIComponent component, Object value) {
        FormMessages.validate(() -> HelpRequest.checkGiversWanted((Integer) value));
    }

    public String post() {
        Optional<Long> id = FormMessages.attempt(() -> requestService.post(currentMember.requireId(),
                new RequestDraft(kind, title, details, Tags.parse(tags), neededBy, giversWanted)), FORM);
        if (id.isEmpty()) {
            return null;
        }
        FormMessages.flashInfo("requests.new.posted");
        return "/requests/view?faces-redirect=true&id=" + id.get();
    }

    /** Today, for the date picker's lower bound. */
    public String getToday() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString();
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

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public LocalDate getNeededBy() {
        return neededBy;
    }

    public void setNeededBy(LocalDate neededBy) {
        this.neededBy = neededBy;
    }

    public Integer getGiversWanted() {
        return giversWanted;
    }

    public void setGiversWanted(Integer giversWanted) {
        this.giversWanted = giversWanted;
    }
}
