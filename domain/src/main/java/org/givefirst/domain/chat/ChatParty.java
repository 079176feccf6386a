package org.givefirst.domain.chat;

/** Which of the two members of the match acts on the chat. */
public enum ChatParty {
    GIVER,
    REQUESTER
}
