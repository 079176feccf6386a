package org.givefirst.web.moderation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.domain.moderation.ReportReason;
import org.givefirst.domain.moderation.ReportSubject;
import org.givefirst.ejb.moderation.ReportService;
import org.givefirst.ejb.moderation.ReportTarget;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;
import org.givefirst.web.shared.Pages;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Backs {@code /report?subject=OFFER&id=N}: what is reported, shown back to the reporter; a reason
 * and a few words for the moderators. Something the member cannot see answers 404, like a
 * made-up id.
 */
@Named("report")
@ViewScoped
public class ReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "report";

    @Inject
    private ReportService reportService;

    @Inject
    private CurrentMember currentMember;

    /** As typed in the URL. */
    private String subject;
    private String id;
    private ReportTarget target;
    private ReportReason reason;
    private String details;

    public void load() {
        ReportSubject chosen = Arrays.stream(ReportSubject.values()).filter(s -> s.name().equals(subject))
                .findFirst().orElse(null);
        target = chosen == null ? null
                : Pages.findOr404(id, contentId -> reportService.describe(currentMember.requireId(), chosen, contentId));
        if (chosen == null) {
            Pages.notFound();
        }
    }

    public String send() {
        long contentId = target.contentId() == null ? target.memberId() : target.contentId();
        if (!FormMessages.succeeded(() -> reportService.report(currentMember.requireId(), target.subject(), contentId,
                reason, details), FORM)) {
            return null;
        }
        FormMessages.flashInfo("report.thanks");
        return "/dashboard?faces-redirect=true";
    }

    public ReportReason[] getReasons() {
        return ReportReason.values();
    }

    public ReportTarget getTarget() {
        return target;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ReportReason getReason() {
        return reason;
    }

    public void setReason(ReportReason reason) {
        this.reason = reason;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }
}
