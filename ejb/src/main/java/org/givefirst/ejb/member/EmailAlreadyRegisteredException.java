package org.givefirst.ejb.member;

import org.givefirst.domain.shared.BusinessException;

/** Someone tried to sign up with an email that already belongs to a member. */
public class EmailAlreadyRegisteredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public EmailAlreadyRegisteredException() {
        super("validation.email.taken", "email");
    }
}
