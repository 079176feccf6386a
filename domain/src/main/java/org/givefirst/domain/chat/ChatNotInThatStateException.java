package org.givefirst.domain.chat;

import org.givefirst.domain.shared.BusinessException;

/** The chat has moved on (scheduled, rescheduled, cancelled) and this step no longer applies. */
public class ChatNotInThatStateException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ChatNotInThatStateException() {
        super("error.chat.notInThatState");
    }
}
