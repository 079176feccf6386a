package org.givefirst.domain.shared;

/**
 * The thing asked for does not exist — or is not the acting member's to see, which is answered
 * the same way so that ids reveal nothing.
 */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey) {
        super(messageKey);
    }
}
