package org.givefirst.ejb.dashboard;

import java.io.Serializable;

/** The latest of a member's own lists, as their dashboard shows them. */
public record Dashboard(DashboardList inbox, DashboardList offers, DashboardList requests) implements Serializable {
}
