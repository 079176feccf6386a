package org.givefirst.ejb.profile;

import java.io.Serializable;

/**
 * Chats a member held, as giver and as receiver: a chat counts when at least one of the two said
 * it happened and nobody said it did not.
 */
public record ChatsHeld(long given, long received) implements Serializable {

    public boolean isEmpty() {
        return given == 0 && received == 0;
    }
}
