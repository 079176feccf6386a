package org.givefirst.ejb.administration;

import org.givefirst.domain.shared.BusinessException;

/** Someone who is not an administrator tried to administer. */
public class NotAnAdministratorException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotAnAdministratorException() {
        super("error.admin.notAllowed");
    }
}
