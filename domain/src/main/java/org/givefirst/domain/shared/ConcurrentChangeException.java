package org.givefirst.domain.shared;

/**
 * Someone else changed the same thing at the same moment (an optimistic-lock conflict). Nothing
 * was saved; the page shows where things stand now and the member can try again.
 */
public class ConcurrentChangeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException() {
        super("error.concurrentChange");
    }
}
