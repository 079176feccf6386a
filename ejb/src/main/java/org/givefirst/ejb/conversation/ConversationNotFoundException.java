package org.givefirst.ejb.conversation;

import org.givefirst.domain.shared.NotFoundException;

/** No such conversation — or not the acting member's, which is answered the same way. */
public class ConversationNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public ConversationNotFoundException() {
        super("error.conversation.notFound");
    }
}
