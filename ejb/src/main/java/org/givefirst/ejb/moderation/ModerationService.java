package org.givefirst.ejb.moderation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.audit.AuditEventType;
import org.givefirst.domain.conversation.Message;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.member.Role;
import org.givefirst.domain.moderation.Report;
import org.givefirst.domain.moderation.ReportOutcome;
import org.givefirst.domain.notification.Notification;
import org.givefirst.domain.notification.NotificationTarget;
import org.givefirst.domain.notification.NotificationType;
import org.givefirst.domain.shared.NotFoundException;
import org.givefirst.domain.shared.Texts;
import org.givefirst.ejb.audit.AuditLog;
import org.givefirst.ejb.match.OpenProposals;
import org.givefirst.ejb.member.Members;
import org.givefirst.ejb.notification.NotificationService;
import org.givefirst.ejb.offer.OfferService;
import org.givefirst.ejb.request.HelpRequestService;
import org.givefirst.ejb.shared.Page;
import org.givefirst.ejb.shared.Writes;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The moderators' work: the queue of open reports, and a decision about each — hide the content,
 * warn the member, suspend them, or dismiss the report. Moderators and administrators only; each
 * use case checks.
 */
@Stateless
public class ModerationService {

    private static final Logger LOG = Logger.getLogger(ModerationService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog auditLog;

    @EJB
    private NotificationService notifications;

    @EJB
    private OfferService offerService;

    @EJB
    private HelpRequestService requestService;

    @Inject
    private OpenProposals openProposals;

    /** Open reports, newest first, one page at a time. */
    public Page<ReportLine> queue(long actingMemberId, Long before) {
        requireModerator(actingMemberId);
        List<Report> reports = entityManager.createNamedQuery(Report.FIND_OPEN, Report.class)
                .setParameter("before", Page.below(before)).setMaxResults(Page.SIZE + 1).getResultList();
        return Page.of(reports.stream().map(Report::getId).toList(), shown -> {
            Map<Long, Member> members = new HashMap<>();
            return reports.subList(0, shown.size()).stream().map(report -> {
                Member reporter = members.computeIfAbsent(report.getReporterId(), id -> entityManager.find(Member.class, id));
                Member member = members.computeIfAbsent(report.getMemberId(), id -> entityManager.find(Member.class, id));
                ReportTarget target = ReportService.target(entityManager, actingMemberId, report.getSubject(),
                        report.getContentId() == null ? report.getMemberId() : report.getContentId(), false);
                return new ReportLine(report.getId(), report.getCreatedAt(), report.getReason(), report.getDetails(),
                        reporter.getId(), reporter.getDisplayName(), target, member.isSuspended());
            }).toList();
        });
    }

    /** How many reports wait: the moderators' link shows it. */
    public long countOpen(long actingMemberId) {
        requireModerator(actingMemberId);
        return entityManager.createNamedQuery(Report.COUNT_OPEN, Long.class).getSingleResult();
    }

    /**
     * Decides a report, once ({@link org.givefirst.domain.moderation.ReportAlreadyResolvedException}
     * when another moderator was first).
     *
     * @param note what a warning says to the member (required for {@link ReportOutcome#WARNED}, at
     *             most {@link Notification#SUBJECT_MAX} characters); ignored otherwise
     */
    public void decide(long actingMemberId, long reportId, ReportOutcome outcome, String note) {
        Member moderator = requireModerator(actingMemberId);
        Report report = entityManager.find(Report.class, reportId);
        if (report == null) {
            throw new NotFoundException("error.report.notFound");
        }
        String warning = outcome != ReportOutcome.WARNED ? null : Texts.required(note, Notification.SUBJECT_MAX, "note",
                "validation.moderation.note.required", "validation.moderation.note.tooLong");
        Instant now = clock.instant();
        report.resolve(outcome, actingMemberId, now);
        Writes.flush(entityManager); // two moderators at once: one decides, the other is told
        long memberId = report.getMemberId();
        switch (outcome) {
            case DISMISSED -> {
                // nothing against the guidelines
            }
            case CONTENT_HIDDEN -> {
                hide(report, now);
                auditLog.record(AuditEventType.CONTENT_HIDDEN, memberId, actingMemberId,
                        report.getSubject() + (report.getContentId() == null ? "" : " " + report.getContentId()));
            }
            case WARNED -> {
                notifications.notify(memberId, NotificationType.MODERATION_WARNING, NotificationTarget.none(), warning, null);
                auditLog.record(AuditEventType.WARNED, memberId, actingMemberId, "report " + reportId);
            }
            case SUSPENDED -> suspend(moderator, memberId, now, "report " + reportId);
        }
        LOG.info(() -> "Moderator " + actingMemberId + " decided report " + reportId + ": " + outcome);
    }

    /** The suspended members, latest first. */
    public List<SuspendedMember> suspended(long actingMemberId) {
        requireModerator(actingMemberId);
        return entityManager.createNamedQuery(Member.FIND_SUSPENDED, Member.class).setMaxResults(Page.SIZE * 5)
                .getResultStream().map(member -> new SuspendedMember(member.getId(), member.getDisplayName(),
                        member.getSuspendedAt())).toList();
    }

    /** Lifts a suspension: the member may sign in again. */
    public void liftSuspension(long actingMemberId, long memberId) {
        requireModerator(actingMemberId);
        Member member = Members.require(entityManager, memberId);
        if (member.isSuspended()) {
            member.liftSuspension();
            auditLog.record(AuditEventType.SUSPENSION_LIFTED, memberId, actingMemberId, null);
        }
    }

    private void hide(Report report, Instant now) {
        switch (report.getSubject()) {
            case MEMBER -> Members.require(entityManager, report.getMemberId()).hideProfileText();
            case OFFER -> offerService.closeForModeration(report.getContentId());
            case REQUEST -> requestService.closeForModeration(report.getContentId());
            case MESSAGE -> entityManager.find(Message.class, report.getContentId()).hide(now);
        }
    }

    /**
     * Suspends a member: their sessions end with the raised epoch, they cannot sign in, and the
     * proposals they give or receive are withdrawn (others' requests then go to other givers).
     */
    private void suspend(Member moderator, long memberId, Instant now, String detail) {
        Member member = Members.require(entityManager, memberId);
        if (member.getRole() != Role.MEMBER || memberId == moderator.getId()) {
            throw new CannotSuspendStaffException();
        }
        member.suspend(now);
        openProposals.withdrawInvolving(memberId);
        auditLog.record(AuditEventType.SUSPENDED, memberId, moderator.getId(), detail);
    }

    private Member requireModerator(long actingMemberId) {
        Member member = Members.require(entityManager, actingMemberId);
        if (member.getRole() == Role.MEMBER) {
            LOG.warning(() -> "Member " + actingMemberId + " tried to moderate");
            throw new NotAModeratorException();
        }
        return member;
    }
}
