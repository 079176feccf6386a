package org.givefirst.ejb.moderation;

import org.givefirst.domain.shared.BusinessException;

/** Someone who is neither a moderator nor an administrator tried to moderate. */
public class NotAModeratorException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotAModeratorException() {
        super("error.moderation.notAllowed");
    }
}
