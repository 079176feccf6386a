package org.givefirst.ejb.chat;


import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.givefirst.domain.chat.Chat;
import org.givefirst.domain.chat.ChatNotInThatStateException;
import org.givefirst.domain.chat.ChatParty;
import org.givefirst.domain.chat.ChatSlotNotOfferedException;
import org.givefirst.domain.chat.ChatStatus;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.match.MatchNotInThatStateException;
import org.givefirst.domain.match.MatchStatus;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.notification.NotificationTarget;
import org.givefirst.domain.notification.NotificationType;
import org.givefirst.domain.shared.BusinessException;
import org.givefirst.domain.shared.ConcurrentChangeException;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.ejb.mail.MailSettings;
import org.givefirst.ejb.mail.MailTexts;
import org.givefirst.ejb.match.MatchNotFoundException;
import org.givefirst.ejb.notification.NotificationService;
import org.givefirst.ejb.shared.Writes;

/**
 * What the two members of an accepted CHAT match do to hold their chat. Every method takes the
 * signed-in member and answers "not found" for a match that is not theirs, not a chat, or not
 * accepted (completed matches are still answered about), whatever id the page sent.
 *
 * <p>Concurrent changes of one chat (the giver offering new times while the requester picks) are
 * decided by the chat's version: the later one fails with {@link ConcurrentChangeException}.
 */
@Stateless
public class ChatService {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private NotificationService notifications;

    @Inject
    private Clock clock;

    @Inject
    private MailSettings mailSettings;

    /** The chat of the match as the acting member sees it (not started yet: no times offered). */
    public ChatView get(long actingMemberId, long matchId) {
        Match match = forParty(actingMemberId, matchId, true);
        return view(match, findChat(matchId).orElse(null), actingMemberId);
    }

    /**
     * The giver offers two to five times, as date and time in their own time zone, each
     * {@code durationMinutes} long; the requester is told. Replaces times offered before.
     */
    public ChatView offerSlots(long actingMemberId, long matchId, List<LocalDateTime> inGiversZone, int durationMinutes) {
        Match match = forParty(actingMemberId, matchId, false);
        if (!match.isGiver(actingMemberId)) {
            throw new MatchNotFoundException(); // offering times is the giver's part
        }
        ZoneId zone = match.getGiver().getTimeZone();
        List<Instant> starts = inGiversZone == null ? null
                : inGiversZone.stream().filter(Objects::nonNull).map(time -> time.atZone(zone).toInstant()).toList();
        Instant now = clock.instant();
        Optional<Chat> existing = findChat(matchId);
        Chat chat;
        if (existing.isPresent()) {
            chat = changing(existing.get());
            chat.offerSlots(starts, durationMinutes, now);
        } else {
            chat = new Chat(matchId, starts, durationMinutes, now);
            entityManager.persist(chat);
        }
        Writes.flushRacingInsert(entityManager);
        notifications.notify(match.getRequest().getRequester().getId(), NotificationType.CHAT_SLOTS_OFFERED,
                NotificationTarget.match(matchId, match.getRequest().getId()), match.getRequest().getTitle(),
                match.getGiver().getDisplayName());
        return view(match, chat, actingMemberId);
    }

    /** The requester picks one of the offered times; both are told (their e-mails carry the calendar file). */
    public ChatView pick(long actingMemberId, long matchId, long slotId) {
        Match match = forParty(actingMemberId, matchId, false);
        if (!match.isRequester(actingMemberId)) {
            throw new MatchNotFoundException(); // picking is the requester's part
        }
        Chat chat = changing(findChat(matchId).filter(c -> c.getStatus() == ChatStatus.SLOTS_OFFERED)
                .orElseThrow(ChatNotInThatStateException::new));
        Instant start = chat.offeredStart(slotId).orElseThrow(ChatSlotNotOfferedException::new);
        chat.pick(start, clock.instant());
        Writes.flushRacingInsert(entityManager);
        tellBoth(match, NotificationType.CHAT_SCHEDULED);
        return view(match, chat, actingMemberId);
    }

    /** Either member calls the chosen time off, with a note; the giver then offers new times. */
    public ChatView reschedule(long actingMemberId, long matchId, String note) {
        Match match = forParty(actingMemberId, matchId, false);
        Chat chat = changing(findChat(matchId).orElseThrow(ChatNotInThatStateException::new));
        chat.reschedule(partyOf(match, actingMemberId), note);
        Writes.flushRacingInsert(entityManager);
        tellTheOther(match, actingMemberId, NotificationType.CHAT_CANCELLED);
        return view(match, chat, actingMemberId);
    }

    /** Either member cancels the chat, with a note. */
    public ChatView cancel(long actingMemberId, long matchId, String note) {
        Match match = forParty(actingMemberId, matchId, false);
        Chat chat = changing(findChat(matchId).orElseThrow(ChatNotInThatStateException::new));
        chat.cancel(partyOf(match, actingMemberId), note);
        Writes.flushRacingInsert(entityManager);
        tellTheOther(match, actingMemberId, NotificationType.CHAT_CANCELLED);
        return view(match, chat, actingMemberId);
    }

    /** Either member says whether the chat happened, once its time is over (also after the thanks). */
    public ChatView answerHappened(long actingMemberId, long matchId, boolean happened) {
        Match match = forParty(actingMemberId, matchId, true);
        Chat chat = changing(findChat(matchId).orElseThrow(ChatNotInThatStateException::new));
        chat.answer(partyOf(match, actingMemberId), happened, clock.instant());
        Writes.flushRacingInsert(entityManager);
        return view(match, chat, actingMemberId);
    }

    /**
     * The chat as an iCalendar file for the acting member: the chosen time, or — after a
     * reschedule or cancellation — that time cancelled, so that importing it updates the event.
     *
     * @throws MatchNotFoundException when the match is not the member's accepted (or completed) chat
     * @throws ChatNotInThatStateException when no time was ever chosen
     */
    public CalendarFile calendarFor(long actingMemberId, long matchId) {
        Match match = forParty(actingMemberId, matchId, true);
        Chat chat = findChat(matchId).filter(c -> c.getStartsAt() != null).orElseThrow(ChatNotInThatStateException::new);
        boolean viewerIsGiver = match.isGiver(actingMemberId);
        Member viewer = viewerIsGiver ? match.getGiver() : match.getRequest().getRequester();
        String other = viewerIsGiver ? match.getRequest().getRequester().getDisplayName() : match.getGiver().getDisplayName();
        MailTexts texts = new MailTexts(viewer.getLocale());
        String description = texts.format("calendar.description", match.getGiver().getDisplayName(),
                match.getRequest().getRequester().getDisplayName(), match.getRequest().getTitle(),
                mailSettings.getBaseUrl() + "/matches/view?id=" + matchId);
        ChatCalendar.Event event = new ChatCalendar.Event("givefirst-chat-" + chat.getId() + "@givefirst",
                chat.getSequence(), clock.instant(), chat.getStartsAt(), chat.getEndsAt(),
                chat.getStatus() != ChatStatus.SCHEDULED, texts.format("calendar.summary", other), description);
        return new CalendarFile("givefirst-chat-" + matchId + ".ics", ChatCalendar.write(event));
    }

    /**
     * The calendar file for an email, when a time was ever chosen: the same as
     * {@link #calendarFor}, but answering empty instead of failing the sender's transaction.
     */
    public Optional<CalendarFile> findCalendar(long memberId, long matchId) {
        try {
            return Optional.of(calendarFor(memberId, matchId)); // a plain call: no rollback marking
        } catch (BusinessException e) {
            return Optional.empty();
        }
    }

    private ChatView view(Match match, Chat chat, long viewerId) {
        boolean viewerIsGiver = match.isGiver(viewerId);
        Member viewer = viewerIsGiver ? match.getGiver() : match.getRequest().getRequester();
        String other = viewerIsGiver ? match.getRequest().getRequester().getDisplayName() : match.getGiver().getDisplayName();
        boolean open = match.getStatus() == MatchStatus.ACCEPTED;
        return chat == null
                ? ChatView.notStarted(match.getId(), viewerIsGiver, viewer.getTimeZone(), other, open)
                : ChatView.of(chat, viewerIsGiver, viewer.getTimeZone(), other, open, clock.instant());
    }

    private void tellBoth(Match match, NotificationType type) {
        notifications.notify(match.getGiver().getId(), type,
                NotificationTarget.match(match.getId(), match.getRequest().getId()), match.getRequest().getTitle(),
                match.getRequest().getRequester().getDisplayName());
        notifications.notify(match.getRequest().getRequester().getId(), type,
                NotificationTarget.match(match.getId(), match.getRequest().getId()), match.getRequest().getTitle(),
                match.getGiver().getDisplayName());
    }

    private void tellTheOther(Match match, long actingMemberId, NotificationType type) {
        Member actor = match.isGiver(actingMemberId) ? match.getGiver() : match.getRequest().getRequester();
        Member other = match.isGiver(actingMemberId) ? match.getRequest().getRequester() : match.getGiver();
        notifications.notify(other.getId(), type,
                NotificationTarget.match(match.getId(), match.getRequest().getId()), match.getRequest().getTitle(),
                actor.getDisplayName());
    }

    private static ChatParty partyOf(Match match, long memberId) {
        return match.isGiver(memberId) ? ChatParty.GIVER : ChatParty.REQUESTER;
    }

    /**
     * The CHAT match of which the member is giver or requester, accepted — or also completed when
     * {@code completedToo}: a completed match is still seen and answered about, but no longer planned.
     */
    private Match forParty(long actingMemberId, long matchId, boolean completedToo) {
        Match match = entityManager.createNamedQuery(Match.FIND_WITH_PARTIES, Match.class).setParameter("id", matchId)
                .getResultStream().findFirst().orElseThrow(MatchNotFoundException::new);
        if (!match.isGiver(actingMemberId) && !match.isRequester(actingMemberId) || match.getKind() != HelpKind.CHAT) {
            throw new MatchNotFoundException();
        }
        if (match.getStatus() == MatchStatus.COMPLETED) {
            if (!completedToo) {
                throw new MatchNotInThatStateException();
            }
        } else if (match.getStatus() != MatchStatus.ACCEPTED) {
            throw new MatchNotFoundException(); // proposed, declined, …: there is no chat to have
        }
        return match;
    }

    private Optional<Chat> findChat(long matchId) {
        return entityManager.createNamedQuery(Chat.FIND_BY_MATCH, Chat.class).setParameter("matchId", matchId)
                .getResultStream().findFirst();
    }

    /**
     * Every change of a chat increments its version, also one that only replaces its times: two
     * members acting on one chat at once never both succeed.
     */
    private Chat changing(Chat chat) {
        entityManager.lock(chat, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return chat;
    }
}
