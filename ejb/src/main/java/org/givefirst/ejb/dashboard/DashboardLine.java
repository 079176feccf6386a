package org.givefirst.ejb.dashboard;

import java.io.Serializable;

/** One line of a dashboard list: the thing's id, where it stands (its status's name), its title. */
public record DashboardLine(long id, String status, String title) implements Serializable {

    public boolean isProposed() {
        return "PROPOSED".equals(status);
    }
}
