package org.givefirst.domain.match;

import org.givefirst.domain.shared.BusinessException;

/** The match has moved on (accepted, declined, expired, …) and this step no longer applies. */
public class MatchNotInThatStateException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public MatchNotInThatStateException() {
        super("error.match.notInThatState");
    }
}
