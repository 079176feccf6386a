package org.givefirst.ejb.request;


import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.request.HelpRequest;
import org.givefirst.domain.shared.ConcurrentChangeException;
import org.givefirst.domain.shared.NotFoundException;
import org.givefirst.ejb.community.CommunitySettings;
import org.givefirst.ejb.match.MatchView;
import org.givefirst.ejb.offer.OfferService;
import org.givefirst.ejb.shared.Page;
import org.givefirst.ejb.shared.Writes;

/** What a member does with their help requests. Every method acts for the signed-in member only. */
@Stateless
public class HelpRequestService {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private CommunitySettings settings;

    @Inject
    private OfferService offers;

    @Inject
    private Clock clock;

    @Inject
    private Event<RequestNeedsGivers> requestNeedsGivers;

    /** Whether the member may ask now: the give-first rule and the cap on open requests. */
    public AskingEligibility eligibility(long actingMemberId) {
        boolean gaveFirst = !settings.isGiveFirstRule() || offers.hasOffered(actingMemberId) || hasGiven(actingMemberId);
        long open = entityManager.createNamedQuery(HelpRequest.COUNT_OPEN_BY_REQUESTER, Long.class)
                .setParameter("requesterId", actingMemberId).getSingleResult();
        return new AskingEligibility(gaveFirst, open, settings.getOpenRequestCap());
    }

    /** Posts a request; matching proposes givers as soon as it is saved. */
    public long post(long actingMemberId, RequestDraft draft) {
        AskingEligibility eligibility = eligibility(actingMemberId);
        if (!eligibility.hasGivenFirst()) {
            throw new GiveFirstRuleException();
        }
        if (eligibility.isAtCap()) {
            throw new OpenRequestCapException();
        }
        Member requester = entityManager.find(Member.class, actingMemberId);
        HelpRequest request = new HelpRequest(requester, draft.kind(), draft.title(), draft.details(), draft.tags(),
                draft.neededBy(), draft.giversWanted(), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        entityManager.persist(request);
        entityManager.flush();
        requestNeedsGivers.fire(new RequestNeedsGivers(request.getId()));
        return request.getId();
    }

    /** A page of the member's requests, newest first, without their matches; before: null for the first page. */
    public Page<RequestView> listMine(long actingMemberId, Long before) {
        List<Long> ids = entityManager.createNamedQuery(HelpRequest.FIND_IDS_BY_REQUESTER, Long.class)
                .setParameter("requesterId", actingMemberId).setParameter("before", Page.below(before))
                .getResultList(); // Page.SIZE + 1 ids at most: ReadLimit
        return Page.of(ids, shown -> entityManager.createNamedQuery(HelpRequest.FIND_WITH_TAGS, HelpRequest.class)
                .setParameter("ids", shown).getResultStream().map(request -> RequestView.of(request, 0, List.of())).toList());
    }

    /** One of the member's requests with its matches; anyone else's is "not found". */
    public RequestView getMine(long actingMemberId, long requestId) {
        HelpRequest request = mine(actingMemberId, requestId);
        List<MatchView> matches = entityManager.createNamedQuery(Match.FIND_FOR_REQUEST, Match.class)
                .setParameter("requestId", requestId).getResultStream()
                .map(match -> MatchView.of(match, actingMemberId)).toList();
        long pending = matches.stream().filter(MatchView::isProposed).count(); // counted from what is loaded
        return RequestView.of(request, pending, matches);
    }

    /** The requester no longer needs help: pending proposals are withdrawn. */
    public void close(long actingMemberId, long requestId) {
        close(mine(actingMemberId, requestId));
    }

    /** A moderator hides the request: it closes as if its requester had closed it. ModerationService checks the moderator. */
    public void closeForModeration(long requestId) {
        HelpRequest request = entityManager.find(HelpRequest.class, requestId);
        if (request == null) {
            throw new NotFoundException("error.request.notFound");
        }
        close(request);
    }

    private void close(HelpRequest request) {
        long requestId = request.getId();
        request.close();
        Writes.flush(entityManager); // an accept at the same moment moves the request's version
        entityManager.createNamedQuery(Match.WITHDRAW_PROPOSED_OF_REQUEST)
                .setParameter("requestId", requestId).setParameter("now", clock.instant()).executeUpdate();
    }

    private boolean hasGiven(long memberId) {
        return entityManager.createNamedQuery(Match.COUNT_GIVEN, Long.class)
                .setParameter("memberId", memberId).getSingleResult() > 0;
    }

    private HelpRequest mine(long actingMemberId, long requestId) {
        HelpRequest request = entityManager.find(HelpRequest.class, requestId);
        if (request == null || request.getRequester().getId() != actingMemberId) {
            throw new NotFoundException("error.request.notFound");
        }
        return request;
    }
}
