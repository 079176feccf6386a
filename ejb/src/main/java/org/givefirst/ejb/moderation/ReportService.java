package org.givefirst.ejb.moderation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.conversation.Message;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.moderation.Report;
import org.givefirst.domain.moderation.ReportReason;
import org.givefirst.domain.moderation.ReportSubject;
import org.givefirst.domain.offer.Offer;
import org.givefirst.domain.offer.OfferStatus;
import org.givefirst.domain.request.HelpRequest;
import org.givefirst.domain.request.RequestStatus;
import org.givefirst.domain.shared.NotFoundException;
import org.givefirst.ejb.member.Members;

import java.util.logging.Logger;

/**
 * Members report members and what they wrote. A member can report only what they can see: any
 * member or offer, a request they were asked to help with, a message written to them.
 */
@Stateless
public class ReportService {

    private static final Logger LOG = Logger.getLogger(ReportService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * What the member is about to report, to show on the form; {@link NotFoundException} for
     * something they cannot see (or that does not exist: the two look the same).
     */
    public ReportTarget describe(long actingMemberId, ReportSubject subject, long id) {
        return target(entityManager, actingMemberId, subject, id, true);
    }

    /** Files a report; the moderators see it in their queue. */
    public long report(long actingMemberId, ReportSubject subject, long id, ReportReason reason, String details) {
        ReportTarget target = describe(actingMemberId, subject, id);
        Report report = new Report(actingMemberId, target.memberId(), subject, target.contentId(), reason, details);
        entityManager.persist(report);
        entityManager.flush();
        LOG.info(() -> "Member " + actingMemberId + " reported " + subject + " " + id + " (report " + report.getId() + ")");
        return report.getId();
    }

    /**
     * The target of a report. With {@code asReporter}, only what that member can see; without it
     * (a moderator reading the queue), anything.
     */
    static ReportTarget target(EntityManager entityManager, long memberId, ReportSubject subject, long id,
                               boolean asReporter) {
        return switch (subject) {
            case MEMBER -> {
                Member member = Members.require(entityManager, id);
                String text = member.getHeadline() != null ? member.getHeadline() : member.getBio();
                yield new ReportTarget(subject, null, member.getId(), member.getDisplayName(), text, false);
            }
            case OFFER -> {
                Offer offer = entityManager.find(Offer.class, id);
                if (offer == null) {
                    throw new NotFoundException("error.report.notFound");
                }
                yield new ReportTarget(subject, id, offer.getGiver().getId(), offer.getGiver().getDisplayName(),
                        offer.getTitle(), offer.getStatus() == OfferStatus.CLOSED);
            }
            case REQUEST -> {
                HelpRequest request = entityManager.find(HelpRequest.class, id);
                if (request == null || asReporter && entityManager.createNamedQuery(Match.COUNT_OF_GIVER_FOR_REQUEST, Long.class)
                        .setParameter("requestId", id).setParameter("giverId", memberId).getSingleResult() == 0) {
                    throw new NotFoundException("error.report.notFound");
                }
                yield new ReportTarget(subject, id, request.getRequester().getId(), request.getRequester().getDisplayName(),
                        request.getTitle(), request.getStatus() == RequestStatus.CLOSED);
            }
            case MESSAGE -> {
                Message message = entityManager.find(Message.class, id);
                if (message == null || asReporter && (!message.getConversation().involves(memberId)
                        || message.getSender().getId() == memberId)) {
                    throw new NotFoundException("error.report.notFound");
                }
                yield new ReportTarget(subject, id, message.getSender().getId(), message.getSender().getDisplayName(),
                        message.getBody(), message.isHidden());
            }
        };
    }
}
