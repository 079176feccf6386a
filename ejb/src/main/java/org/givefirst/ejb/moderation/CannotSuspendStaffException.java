package org.givefirst.ejb.moderation;

import org.givefirst.domain.shared.BusinessException;

/**
 * Moderators and administrators are not suspended from the queue: an administrator takes their
 * role first, so that no moderator can lock out the people who run the community.
 */
public class CannotSuspendStaffException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CannotSuspendStaffException() {
        super("error.moderation.staff");
    }
}
