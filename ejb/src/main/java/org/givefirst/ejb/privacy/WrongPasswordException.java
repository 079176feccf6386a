package org.givefirst.ejb.privacy;

import org.givefirst.domain.shared.BusinessException;

/** The password typed to confirm a deletion is not the member's. */
public class WrongPasswordException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public WrongPasswordException() {
        super("validation.delete.password", "password");
    }
}
