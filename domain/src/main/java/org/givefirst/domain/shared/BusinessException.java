package org.givefirst.domain.shared;

import jakarta.ejb.ApplicationException;

import java.util.Optional;

/**
 * A rule of GiveFirst was not met. Carries a message key of the resource bundle (never a
 * sentence), and optionally the form field it is about, so that the web tier can put a
 * translated message beside that field. Rolls back the use case's transaction.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;

    protected BusinessException(String messageKey, String field) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.messageKey = messageKey;
        this.field = field;
    }

    protected BusinessException(String messageKey) {
        this(messageKey, null);
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** The form field this failure is about, if it is about one. */
    public Optional<String> getField() {
        return Optional.ofNullable(field);
    }
}
