package org.givefirst.ejb.conversation;

import java.io.Serializable;
import java.util.List;

/** A thread as one of its two members sees it, oldest message first. */
public record ConversationView(long id, long otherId, String otherName, Long matchId, String matchTitle,
                               Long introductionId, List<MessageView> messages, boolean unread)
        implements Serializable {
}
