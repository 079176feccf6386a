package org.givefirst.domain.introduction;

import org.givefirst.domain.shared.BusinessException;

/** The introduction was already answered, or expired: there is nothing left to agree to. */
public class IntroductionNotPendingException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public IntroductionNotPendingException() {
        super("error.introduction.notPending");
    }
}
