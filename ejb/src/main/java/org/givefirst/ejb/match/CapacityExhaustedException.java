package org.givefirst.ejb.match;

import org.givefirst.domain.shared.BusinessException;

/** The giver's offer has no capacity left this month. */
public class CapacityExhaustedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CapacityExhaustedException() {
        super("error.match.capacityExhausted");
    }
}
