package org.givefirst.web.moderation;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.domain.moderation.ReportOutcome;
import org.givefirst.domain.shared.BusinessException;
import org.givefirst.ejb.moderation.ModerationService;
import org.givefirst.ejb.moderation.ReportLine;
import org.givefirst.ejb.moderation.SuspendedMember;
import org.givefirst.ejb.shared.Page;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;
import org.givefirst.web.shared.Paging;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /moderation/index.xhtml}: the queue of open reports, each with its decisions, and
 * the suspended members. View scoped, so each report's form posts back to the report it showed.
 */
@Named("moderation")
@ViewScoped
public class ModerationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ModerationService moderationService;

    @Inject
    private CurrentMember currentMember;

    @Inject
    private FacesContext facesContext;

    private Page<ReportLine> queue;
    private List<SuspendedMember> suspended;
    /** The warning typed in each report's form, by report id. */
    private final Map<Long, String> notes = new HashMap<>();

    public void load() {
        long me = currentMember.requireId();
        queue = moderationService.queue(me, Paging.before(facesContext));
        suspended = moderationService.suspended(me);
    }

    public String decide(long reportId, ReportOutcome outcome) {
        try {
            moderationService.decide(currentMember.requireId(), reportId, outcome, notes.get(reportId));
        } catch (BusinessException e) {
            // Each report's form repeats per row: the warning's message goes beside this row's field.
            String form = UIComponent.getCurrentComponent(facesContext).getNamingContainer().getClientId(facesContext);
            String field = e.getField().map(name -> form + UINamingContainer.getSeparatorChar(facesContext) + name).orElse(null);
            FormMessages.error(field, e.getMessageKey());
            facesContext.validationFailed();
            return null;
        }
        FormMessages.flashInfo("moderation.decided." + outcome);
        return "/moderation/index?faces-redirect=true";
    }

    public String lift(long memberId) {
        moderationService.liftSuspension(currentMember.requireId(), memberId);
        FormMessages.flashInfo("moderation.lifted");
        return "/moderation/index?faces-redirect=true";
    }

    public Page<ReportLine> getQueue() {
        return queue;
    }

    public List<SuspendedMember> getSuspended() {
        return suspended;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
