package org.givefirst.ejb.member;

import org.givefirst.domain.shared.BusinessException;

/** A member tried to change a profile that is not theirs. */
public class NotYourProfileException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotYourProfileException() {
        super("error.profile.notYours");
    }
}
