package org.givefirst.bench;

/** One message of a conversation. */
final class MessageRow {

    long id;
    final ConversationRow conversation;
    final MemberRow sender;
    final String body;
    final long sentAt;

    MessageRow(ConversationRow conversation, MemberRow sender, String body, long sentAt) {
        this.conversation = conversation;
        this.sender = sender;
        this.body = body;
        this.sentAt = sentAt;
    }
}
