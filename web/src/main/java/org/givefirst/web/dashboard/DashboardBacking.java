package org.givefirst.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.dashboard.Dashboard;
import org.givefirst.ejb.dashboard.DashboardList;
import org.givefirst.ejb.dashboard.DashboardService;
import org.givefirst.ejb.profile.CommunityGift;
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
    private CurrentMember currentMember;

    private Dashboard mine;

    public DashboardList getOffers() {
        return mine().offers();
    }

    public DashboardList getRequests() {
        return mine().requests();
    }

    public DashboardList getInbox() {
        return mine().inbox();
    }

    private Dashboard mine() {
        if (mine == null) {
            mine = dashboardService.of(currentMember.requireId());
        }
        return mine;
    }

    public List<CommunityGift> getRecent() {
        return mine().recent();
    }
}
