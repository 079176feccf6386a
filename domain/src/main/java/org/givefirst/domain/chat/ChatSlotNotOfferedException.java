package org.givefirst.domain.chat;

import org.givefirst.domain.shared.BusinessException;

/** The picked time is not (or no longer) among the times the giver offers. */
public class ChatSlotNotOfferedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ChatSlotNotOfferedException() {
        super("error.chat.slotNotOffered");
    }
}
