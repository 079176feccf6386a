package org.givefirst.domain.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.domain.shared.Texts;
import org.givefirst.domain.shared.VersionedEntity;

import java.time.Instant;
import java.util.Objects;

/**
 * A member reports another member, or one piece of their content, with a reason. It waits in the
 * moderators' queue until one of them resolves it, once, with an {@link ReportOutcome}.
 */
@Entity
@Table(name = "reports")
@NamedQuery(name = Report.FIND_OPEN,
        query = "SELECT r FROM Report r WHERE r.resolvedAt IS NULL AND r.id < :before ORDER BY r.id DESC")
@NamedQuery(name = Report.COUNT_OPEN, query = "SELECT COUNT(r) FROM Report r WHERE r.resolvedAt IS NULL")
public class Report extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_OPEN = "Report.findOpen";
    public static final String COUNT_OPEN = "Report.countOpen";

    public static final int DETAILS_MAX = 1000;

    @Column(name = "reporter_id", nullable = false, updatable = false)
    private long reporterId;

    /** The member reported, or whose content is. */
    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", nullable = false, updatable = false, length = 20)
    private ReportSubject subject;

    /** The offer, request or message; none for a report about the member. */
    @Column(name = "content_id", updatable = false)
    private Long contentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, updatable = false, length = 20)
    private ReportReason reason;

    @Column(name = "details", updatable = false, length = DETAILS_MAX)
    private String details;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private ReportOutcome outcome;

    @Column(name = "moderator_id")
    private Long moderatorId;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected Report() {
        // for JPA
    }

    public Report(long reporterId, long memberId, ReportSubject subject, Long contentId, ReportReason reason,
                  String details) {
        if (reporterId == memberId) {
            throw new InvalidValueException(null, "error.report.self");
        }
        if (reason == null) {
            throw new InvalidValueException("reason", "validation.report.reason.required");
        }
        this.reporterId = reporterId;
        this.memberId = memberId;
        this.subject = Objects.requireNonNull(subject, "subject");
        this.contentId = subject == ReportSubject.MEMBER ? null : Objects.requireNonNull(contentId, "contentId");
        this.reason = reason;
        this.details = Texts.cleanWithin(details, DETAILS_MAX, "details", "validation.report.details.tooLong");
    }

    /** A moderator decides, once; a second decision about the same report is refused. */
    public void resolve(ReportOutcome outcome, long moderatorId, Instant now) {
        if (resolvedAt != null) {
            throw new ReportAlreadyResolvedException();
        }
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.moderatorId = moderatorId;
        this.resolvedAt = Objects.requireNonNull(now, "now");
    }

    public long getReporterId() {
        return reporterId;
    }

    public long getMemberId() {
        return memberId;
    }

    public ReportSubject getSubject() {
        return subject;
    }

    public Long getContentId() {
        return contentId;
    }

    public ReportReason getReason() {
        return reason;
    }

    public String getDetails() {
        return details;
    }

    public ReportOutcome getOutcome() {
        return outcome;
    }

    public Long getModeratorId() {
        return moderatorId;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }
}
