package org.givefirst.ejb.conversation;

import org.givefirst.domain.conversation.Message;

import java.io.Serializable;
import java.time.Instant;

/**
 * A message as the thread shows it; {@code readByOther} is the read marker of the viewer's own
 * messages. A message a moderator hid has no body here: what it said never reaches a page again.
 */
public record MessageView(long id, String senderName, boolean mine, String body, Instant sentAt, boolean readByOther,
                          boolean hidden) implements Serializable {

    static MessageView of(Message message, long viewerId, long otherReadUpTo) {
        boolean mine = message.getSender().getId() == viewerId;
        return new MessageView(message.getId(), message.getSender().getDisplayName(), mine,
                message.isHidden() ? null : message.getBody(), message.getCreatedAt(),
                mine && otherReadUpTo >= message.getId(), message.isHidden());
    }
}
