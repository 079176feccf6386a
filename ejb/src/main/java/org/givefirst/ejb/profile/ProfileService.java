package org.givefirst.ejb.profile;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.givefirst.ejb.member.AccountService;
import org.givefirst.ejb.member.MemberNotFoundException;
import org.givefirst.ejb.member.MemberProfile;
import org.givefirst.ejb.moderation.BlockService;
import org.givefirst.ejb.offer.OfferService;

/**
 * A member's profile page in one call: one transaction on one connection. The page made six
 * calls, each a transaction of its own with a connection of its own; the container's work around
 * them was about a tenth of the page's time under load (bench/README.md).
 */
@Stateless
public class ProfileService {

    @EJB
    private AccountService accounts;

    @EJB
    private GivingService giving;

    @EJB
    private OfferService offers;

    @EJB
    private BlockService blocks;

    /**
     * The profile of a member as this viewer sees it, with the page of active offers before this id
     * (null: the newest).
     *
     * @throws MemberNotFoundException when no member has this id
     */
    public ProfilePage of(long viewerId, long memberId, Long offersBefore) {
        MemberProfile member = accounts.getProfileFor(viewerId, memberId);
        return new ProfilePage(member, giving.recordOf(memberId), giving.chatsHeldBy(memberId),
                giving.shownRecommendationsOf(memberId), offers.activeOf(memberId, offersBefore),
                // the page offers to block or unblock only another member, who still has an account
                viewerId != memberId && !member.formerMember() && blocks.isBlockedBy(viewerId, memberId));
    }
}
