package org.givefirst.web.chat;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.chat.Chat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Test-only: chats the use cases cannot create on demand — one whose time is already over — and
 * plain reads of what the use cases and the job wrote. Deployed with the test, never in the application.
 */
@Stateless
public class ChatTestData {

    @PersistenceContext
    private EntityManager entityManager;

    /** A chat of the match scheduled at {@code start} (also in the past), as if offered and picked a day before. */
    public long scheduledChat(long matchId, Instant start, int durationMinutes) {
        Instant dayBefore = start.minus(Duration.ofDays(1));
        Chat chat = new Chat(matchId, List.of(start, start.plus(Duration.ofHours(1))), durationMinutes, dayBefore);
        chat.pick(start, dayBefore);
        entityManager.persist(chat);
        entityManager.flush();
        return chat.getId();
    }

    public long chatIdOf(long matchId) {
        return entityManager.createNamedQuery(Chat.FIND_BY_MATCH, Chat.class).setParameter("matchId", matchId)
                .getSingleResult().getId();
    }

    public Instant askedAt(long chatId) {
        return entityManager.find(Chat.class, chatId).getAskedAt();
    }
}
