package org.givefirst.ejb.profile;

import org.givefirst.ejb.member.MemberProfile;
import org.givefirst.ejb.offer.ActiveOffer;
import org.givefirst.ejb.shared.Page;

import java.io.Serializable;
import java.util.List;

/**
 * All a member's profile shows, as its viewer may see it.
 *
 * @param blockedByViewer whether the viewer blocked this member (false on their own profile and on a former member's)
 */
public record ProfilePage(MemberProfile member, GivingRecord giving, ChatsHeld chatsHeld,
                          List<Recommendation> recommendations, Page<ActiveOffer> activeOffers,
                          boolean blockedByViewer) implements Serializable {

    public ProfilePage {
        recommendations = List.copyOf(recommendations);
    }
}
