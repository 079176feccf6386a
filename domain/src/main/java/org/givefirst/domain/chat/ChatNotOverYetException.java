package org.givefirst.domain.chat;

import org.givefirst.domain.shared.BusinessException;

/** Whether a chat happened can be said only once its time is over. */
public class ChatNotOverYetException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ChatNotOverYetException() {
        super("error.chat.notOverYet");
    }
}
