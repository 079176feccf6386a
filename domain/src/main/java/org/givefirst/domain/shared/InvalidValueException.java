package org.givefirst.domain.shared;

/** A value typed by a member breaks a rule of its field (too long, malformed, not allowed). */
public class InvalidValueException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidValueException(String field, String messageKey) {
        super(messageKey, field);
    }
}
