package org.givefirst.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.dashboard.DashboardList;
import org.givefirst.ejb.dashboard.DashboardService;
import org.givefirst.ejb.profile.CommunityGift;
import org.givefirst.ejb.profile.RecentGiving;
import org.givefirst.web.security.CurrentMember;

import java.util.List;

/**
 * Backs {@code /dashboard.xhtml}: the latest of my inbox, my offers and my requests, each a link to
 * the whole list, and recent giving in the community.
 */
@Named("dashboard")
@RequestScoped
public class DashboardBacking {

    @Inject
    private DashboardService dashboardService;

    @Inject
    private RecentGiving recentGiving;

    @Inject
    private CurrentMember currentMember;

    private DashboardList offers;
    private DashboardList requests;
    private DashboardList inbox;
    private List<CommunityGift> recent;

    public DashboardList getOffers() {
        if (offers == null) {
            offers = dashboardService.offers(currentMember.requireId());
        }
        return offers;
    }

    public DashboardList getRequests() {
        if (requests == null) {
            requests = dashboardService.requests(currentMember.requireId());
        }
        return requests;
    }

    public DashboardList getInbox() {
        if (inbox == null) {
            inbox = dashboardService.inbox(currentMember.requireId());
        }
        return inbox;
    }

    public List<CommunityGift> getRecent() {
        if (recent == null) {
            recent = recentGiving.latest();
        }
        return recent;
    }
}
