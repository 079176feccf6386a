package org.givefirst.ejb.member;

import org.givefirst.domain.shared.BusinessException;

/** The reset link was used already, has expired, or never existed: the member asks for a new one. */
public class InvalidResetLinkException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidResetLinkException() {
        super("error.reset.invalidLink");
    }
}
