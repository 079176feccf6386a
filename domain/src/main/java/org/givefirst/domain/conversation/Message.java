package org.givefirst.domain.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.shared.ReadLimit;
import org.givefirst.domain.shared.Texts;
import org.givefirst.domain.shared.TimestampedEntity;

import java.time.Instant;
import java.util.Objects;

/** One message of a conversation: plain text, never markup, at most {@value #BODY_MAX} characters. */
@Entity
@Table(name = "messages")
@NamedQuery(name = Message.FIND_LATEST_OF_CONVERSATION,
        query = "SELECT m FROM Message m JOIN FETCH m.sender WHERE m.conversation.id = :conversationId ORDER BY m.id DESC",
        hints = @QueryHint(name = ReadLimit.HINT, value = ReadLimit.UNLIMITED))
public class Message extends TimestampedEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_LATEST_OF_CONVERSATION = "Message.findLatestOfConversation";

    public static final int BODY_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conversation_id", nullable = false, updatable = false)
    private Conversation conversation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sender_id", nullable = false, updatable = false)
    private Member sender;

    @Column(name = "body", nullable = false, length = BODY_MAX, updatable = false)
    private String body;

    /** When a moderator hid it; both members then see that it was hidden, never what it said. */
    @Column(name = "hidden_at")
    private Instant hiddenAt;

    protected Message() {
        // for JPA
    }

    public Message(Conversation conversation, Member sender, String body) {
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.sender = Objects.requireNonNull(sender, "sender");
        String clean = Texts.required(body, BODY_MAX, "body", "validation.message.required",
                "validation.message.tooLong");
        this.body = clean;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public Member getSender() {
        return sender;
    }

    public String getBody() {
        return body;
    }

    /** A moderator hides it, for good. */
    public void hide(Instant now) {
        if (hiddenAt == null) {
            hiddenAt = Objects.requireNonNull(now, "now");
        }
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }
}
