package org.givefirst.ejb.mail;

import jakarta.ejb.ApplicationException;

/** The mail server did not take an email; the transaction that claimed it rolls back. */
@ApplicationException(rollback = true)
public class MailNotSentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailNotSentException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
