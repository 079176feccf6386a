package org.givefirst.ejb.offer;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.offer.Offer;
import org.givefirst.domain.offer.OfferStatus;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.Months;
import org.givefirst.domain.shared.NotFoundException;
import org.givefirst.ejb.member.Members;
import org.givefirst.ejb.shared.Page;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What a giver does with their offers. Every method acts for the signed-in member only. */
@Stateless
public class OfferService {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    @Inject
    private Event<OffersChanged> offersChanged;

    /** Posts a new, active offer; matching then looks at open requests of its kind. */
    public long post(long actingMemberId, OfferDraft draft) {
        Member giver = Members.require(entityManager, actingMemberId);
        Offer offer = new Offer(giver, draft.kind(), draft.title(), draft.description(), draft.tags(), draft.capacity());
        entityManager.persist(offer);
        entityManager.flush();
        offersChanged.fire(OffersChanged.available(Set.of(offer.getKind()), Set.of(offer.getId())));
        return offer.getId();
    }

    /** A page of the member's offers that are not closed, newest first; before: null for the first page. */
    public Page<OfferView> listMine(long actingMemberId, Long before) {
        List<Long> ids = entityManager.createNamedQuery(Offer.FIND_IDS_BY_GIVER, Long.class)
                .setParameter("giverId", actingMemberId).setParameter("before", Page.below(before))
                .getResultList(); // Page.SIZE + 1 ids at most: ReadLimit
        return Page.of(ids, shown -> views(entityManager.createNamedQuery(Offer.FIND_WITH_TAGS, Offer.class)
                .setParameter("ids", shown).getResultList()));
    }

    /** Whether the member has active offers, paused ones, or both — on every page of their list. */
    public Set<OfferStatus> statusesOfMine(long actingMemberId) {
        return Set.copyOf(entityManager.createNamedQuery(Offer.FIND_STATUSES_BY_GIVER, OfferStatus.class)
                .setParameter("giverId", actingMemberId).getResultList());
    }

    /**
     * A page of a member's active offers, newest first, as their profile lists them; before: null
     * for the first page. One statement, and no offer loaded whole: a profile is read far more
     * often than it changes.
     */
    public Page<ActiveOffer> activeOf(long memberId, Long before) {
        return Page.ofRows(entityManager.createNamedQuery(Offer.FIND_ACTIVE_LINES_BY_GIVER, Object[].class)
                .setParameter("giverId", memberId).setParameter("before", Page.below(before))
                .getResultStream().map(ActiveOffer::of).toList(), ActiveOffer::id); // Page.SIZE + 1 rows at most: ReadLimit
    }

    /** "I'm away for a while": pauses every active offer of the member at once. */
    public int pauseAll(long actingMemberId) {
        return setStatusOfAll(actingMemberId, OfferStatus.ACTIVE, OfferStatus.PAUSED);
    }

    /**
     * Back again: resumes every paused offer; open requests may find the member again, and an
     * automatic pause counts only the proposals made from now on.
     */
    public int resumeAll(long actingMemberId) {
        int resumed = setStatusOfAll(actingMemberId, OfferStatus.PAUSED, OfferStatus.ACTIVE);
        if (resumed > 0) {
            entityManager.find(Member.class, actingMemberId).resumeGiving(clock.instant());
            List<Object[]> active = entityManager.createNamedQuery(Offer.FIND_ACTIVE_KINDS_BY_GIVER, Object[].class)
                    .setParameter("giverId", actingMemberId).getResultList();
            offersChanged.fire(OffersChanged.available(active.stream().map(row -> (HelpKind) row[1]).collect(Collectors.toSet()),
                    active.stream().map(row -> (Long) row[0]).collect(Collectors.toSet())));
        }
        return resumed;
    }

    public void pause(long actingMemberId, long offerId) {
        mine(actingMemberId, offerId).pause();
    }

    public void resume(long actingMemberId, long offerId) {
        Offer offer = mine(actingMemberId, offerId);
        offer.resume();
        offer.getGiver().resumeGiving(clock.instant());
        offersChanged.fire(OffersChanged.available(Set.of(offer.getKind()), Set.of(offer.getId())));
    }

    /**
     * Closes an offer for good. Its open proposals are withdrawn (nobody could accept them), and
     * their requests are matched again with other givers.
     */
    public void close(long actingMemberId, long offerId) {
        close(mine(actingMemberId, offerId));
    }

    /** A moderator hides the offer: it closes as if its giver had closed it. ModerationService checks the moderator. */
    public void closeForModeration(long offerId) {
        Offer offer = entityManager.find(Offer.class, offerId);
        if (offer == null) {
            throw new NotFoundException("error.offer.notFound");
        }
        close(offer);
    }

    private void close(Offer offer) {
        long offerId = offer.getId();
        offer.close();
        int withdrawn = entityManager.createNamedQuery(Match.WITHDRAW_PROPOSED_OF_OFFER)
                .setParameter("offerId", offerId).setParameter("now", clock.instant()).executeUpdate();
        if (withdrawn > 0) {
            offersChanged.fire(OffersChanged.proposalsWithdrawn(offer.getKind()));
        }
    }

    /** Whether the member has at least one offer, active or paused: the first half of the give-first rule. */
    public boolean hasOffered(long memberId) {
        return entityManager.createNamedQuery(Offer.COUNT_OPEN_BY_GIVER, Long.class)
                .setParameter("giverId", memberId).getSingleResult() > 0;
    }

    private int setStatusOfAll(long actingMemberId, OfferStatus from, OfferStatus to) {
        return entityManager.createNamedQuery(Offer.SET_STATUS_OF_GIVER)
                .setParameter("giverId", actingMemberId).setParameter("from", from).setParameter("to", to)
                .executeUpdate();
    }

    /** The offer if it is the member's; otherwise "not found", whatever the id. */
    private Offer mine(long actingMemberId, long offerId) {
        Offer offer = entityManager.find(Offer.class, offerId);
        if (offer == null || offer.getGiver().getId() != actingMemberId) {
            throw new NotFoundException("error.offer.notFound");
        }
        return offer;
    }

    private List<OfferView> views(List<Offer> offers) {
        int month = Months.of(clock.instant());
        return offers.stream().map(offer -> OfferView.of(offer, month)).toList();
    }
}
