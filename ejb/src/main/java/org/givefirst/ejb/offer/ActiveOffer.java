package org.givefirst.ejb.offer;

import org.givefirst.domain.shared.HelpKind;

import java.io.Serializable;

/** An active offer as a member's profile lists it: what it is, not how much of it is left. */
public record ActiveOffer(long id, HelpKind kind, String title) implements Serializable {

    static ActiveOffer of(Object[] row) {
        return new ActiveOffer((Long) row[0], (HelpKind) row[1], (String) row[2]);
    }
}
