package org.givefirst.ejb.dashboard;

import org.givefirst.ejb.profile.CommunityGift;

import java.io.Serializable;
import java.util.List;

/** The latest of a member's own lists, as their dashboard shows them, and the community's latest giving. */
public record Dashboard(DashboardList inbox, DashboardList offers, DashboardList requests, List<CommunityGift> recent)
        implements Serializable {
}
