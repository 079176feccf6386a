package org.givefirst.bench;

import java.util.ArrayList;
import java.util.List;

/** The thread of one accepted match, between its giver (first) and its requester (second). */
final class ConversationRow {

    long id;
    final MatchRow match;
    final long createdAt;
    /** Whether the one the last message was for has read it. */
    final boolean lastRead;
    final List<MessageRow> messages = new ArrayList<>(4);

    ConversationRow(MatchRow match, long createdAt, boolean lastRead) {
        this.match = match;
        this.createdAt = createdAt;
        this.lastRead = lastRead;
    }

    MemberRow first() {
        return match.offer.giver;
    }

    MemberRow second() {
        return match.request.requester;
    }

    MemberRow other(MemberRow member) {
        return member == first() ? second() : first();
    }

    MessageRow last() {
        return messages.getLast();
    }

    /**
     * Whether the member has seen the message: their own, any before one they wrote (writing
     * means reading the thread), and the last ones if the thread was read since.
     */
    boolean hasRead(MemberRow member, MessageRow message) {
        if (message.sender == member) {
            return true;
        }
        for (int i = messages.indexOf(message) + 1; i < messages.size(); i++) {
            if (messages.get(i).sender == member) {
                return true;
            }
        }
        return lastRead;
    }

    /** The member's read marker: the id of the last message they have seen, 0 before any. */
    long readUpTo(MemberRow member) {
        long upTo = 0;
        for (MessageRow message : messages) {
            if (hasRead(member, message)) {
                upTo = message.id;
            }
        }
        return upTo;
    }
}
