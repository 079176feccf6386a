package org.givefirst.ejb.match;

import org.givefirst.domain.shared.BusinessException;

/** Enough givers have already accepted this request (or it was closed): this proposal is no longer needed. */
public class MatchAlreadyTakenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public MatchAlreadyTakenException() {
        super("error.match.alreadyTaken");
    }
}
