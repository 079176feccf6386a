package org.givefirst.domain.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.givefirst.domain.shared.TimestampedEntity;

import java.time.Instant;
import java.util.Objects;

/** One time the giver offers for a chat; it lives and dies with its chat's current offer. */
@Entity
@Table(name = "chat_slots")
public class ChatSlot extends TimestampedEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chat_id", nullable = false, updatable = false)
    private Chat chat;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    protected ChatSlot() {
        // for JPA
    }

    ChatSlot(Chat chat, Instant startsAt) {
        this.chat = Objects.requireNonNull(chat, "chat");
        this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
    }

    public Instant getStartsAt() {
        return startsAt;
    }
}
