package org.givefirst.ejb.dashboard;

import java.io.Serializable;
import java.util.List;

/** The latest lines of one of the member's lists, and whether there are more than these. */
public record DashboardList(List<DashboardLine> lines, boolean more) implements Serializable {
}
