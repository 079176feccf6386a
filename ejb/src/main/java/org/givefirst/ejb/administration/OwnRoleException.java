package org.givefirst.ejb.administration;

import org.givefirst.domain.shared.BusinessException;

/**
 * An administrator tried to change their own role. Another administrator must do it, so a
 * community can never lose its last one by a slip.
 */
public class OwnRoleException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OwnRoleException() {
        super("error.admin.ownRole");
    }
}
