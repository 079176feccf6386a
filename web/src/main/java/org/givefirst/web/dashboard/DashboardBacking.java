package org.givefirst.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.match.MatchService;
import org.givefirst.ejb.match.MatchView;
import org.givefirst.ejb.offer.OfferService;
import org.givefirst.ejb.offer.OfferView;
import org.givefirst.ejb.profile.CommunityGift;
import org.givefirst.ejb.profile.GivingService;
import org.givefirst.ejb.request.HelpRequestService;
import org.givefirst.ejb.request.RequestView;
import org.givefirst.web.security.CurrentMember;

import java.util.List;

/** Backs {@code /dashboard.xhtml}: my offers, my requests, my inbox, and recent giving in the community. */
@Named("dashboard")
@RequestScoped
public class DashboardBacking {

    @Inject
    private OfferService offerService;

    @Inject
    private HelpRequestService requestService;

    @Inject
    private MatchService matchService;

    @Inject
    private GivingService givingService;

    @Inject
    private CurrentMember currentMember;

    private List<OfferView> offers;
    private List<RequestView> requests;
    private List<MatchView> inbox;
    private List<CommunityGift> recent;

    public List<OfferView> getOffers() {
        if (offers == null) {
            offers = offerService.listMine(currentMember.requireId());
        }
        return offers;
    }

    public List<RequestView> getRequests() {
        if (requests == null) {
            requests = requestService.listMine(currentMember.requireId());
        }
        return requests;
    }

    public List<MatchView> getInbox() {
        if (inbox == null) {
            inbox = matchService.inbox(currentMember.requireId());
        }
        return inbox;
    }

    public List<CommunityGift> getRecent() {
        if (recent == null) {
            recent = givingService.recentInCommunity();
        }
        return recent;
    }
}
