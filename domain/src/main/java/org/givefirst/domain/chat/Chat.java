package org.givefirst.domain.chat;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.domain.shared.Texts;
import org.givefirst.domain.shared.VersionedEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The chat of an accepted CHAT match (one per match). The giver offers two to five times, the
 * requester picks one; either can reschedule (the giver then offers new times) or cancel, with a
 * note for the other. Once the chosen time is over, both say whether the chat happened; the
 * question is sent once, claimed by the guarded update {@link #CLAIM_QUESTION}, because every
 * instance of a cluster runs the job that asks it.
 *
 * <p>Times are instants, to the minute. {@link #getSequence()} counts the changes a calendar must
 * follow (RFC 5545 SEQUENCE): it grows on every reschedule and cancellation.
 */
@Entity
@Table(name = "chats")
@NamedQuery(name = Chat.FIND_BY_MATCH,
        query = "SELECT DISTINCT c FROM Chat c LEFT JOIN FETCH c.slots WHERE c.matchId = :matchId")
@NamedQuery(name = Chat.FIND_DUE_FOR_QUESTION,
        query = "SELECT c.id FROM Chat c WHERE c.status = org.givefirst.domain.chat.ChatStatus.SCHEDULED"
                + " AND c.askedAt IS NULL AND c.endsAt <= :now ORDER BY c.id")
@NamedQuery(name = Chat.CLAIM_QUESTION,
        query = "UPDATE Chat c SET c.askedAt = :now, c.version = c.version + 1 WHERE c.id = :id"
                + " AND c.status = org.givefirst.domain.chat.ChatStatus.SCHEDULED AND c.askedAt IS NULL AND c.endsAt <= :now")
// One statement for both sides: 0 = held as giver, 1 = as requester. SQL, because EclipseLink
// writes the booleans of a JPQL UNION as 1, which H2 refuses to compare with a BOOLEAN column.
// The UNION is a derived table because H2 keeps no UNION in its statement cache, only a SELECT.
@NamedNativeQuery(name = Chat.COUNT_HELD,
        query = "SELECT side, n FROM (SELECT 0 AS side, COUNT(*) AS n FROM chats c JOIN matches m ON m.id = c.match_id"
                + " WHERE m.giver_id = ?1 AND " + Chat.HELD_SQL
                + " UNION ALL SELECT 1, COUNT(*) FROM chats c JOIN matches m ON m.id = c.match_id"
                + " JOIN help_requests r ON r.id = m.request_id WHERE r.requester_id = ?1 AND " + Chat.HELD_SQL + ") held")
public class Chat extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_MATCH = "Chat.findByMatch";
    /** Ids of scheduled chats that are over and not asked about yet (candidates; the claim decides). */
    public static final String FIND_DUE_FOR_QUESTION = "Chat.findDueForQuestion";
    /** Marks the chat as asked about, only if nobody did yet: 1 row, or 0 when another instance was first. */
    public static final String CLAIM_QUESTION = "Chat.claimQuestion";
    /** Rows of (0 for as giver or 1 for as requester, count) of the chats a member held. */
    public static final String COUNT_HELD = "Chat.countHeld";

    /** {@link #isHeld()} in SQL: someone said yes, nobody said no. */
    static final String HELD_SQL = "c.status = 'SCHEDULED'"
            + " AND (c.giver_says_happened = TRUE OR c.requester_says_happened = TRUE)"
            + " AND (c.giver_says_happened IS NULL OR c.giver_says_happened = TRUE)"
            + " AND (c.requester_says_happened IS NULL OR c.requester_says_happened = TRUE)";

    public static final int SLOTS_MIN = 2;
    public static final int SLOTS_MAX = 5;
    /** The lengths a chat can have, in minutes. */
    public static final List<Integer> DURATIONS = List.of(15, 20, 30, 45, 60);
    /** Times may be offered at most this far ahead. */
    public static final int DAYS_AHEAD_MAX = 366;
    public static final int NOTE_MAX = 1000;

    @Column(name = "match_id", nullable = false, updatable = false, unique = true)
    private long matchId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 15)
    private ChatStatus status;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    /** The chosen time while scheduled; after a reschedule or cancellation, the time that is off. */
    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @Column(name = "note_by_giver")
    private Boolean noteByGiver;

    @Column(name = "giver_says_happened")
    private Boolean giverSaysHappened;

    @Column(name = "requester_says_happened")
    private Boolean requesterSaysHappened;

    @Column(name = "asked_at")
    private Instant askedAt;

    @OneToMany(mappedBy = "chat", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt")
    private List<ChatSlot> slots = new ArrayList<>();

    protected Chat() {
        // for JPA
    }

    /** The giver opens the chat of match {@code matchId} by offering its first times. */
    public Chat(long matchId, List<Instant> starts, int durationMinutes, Instant now) {
        this.matchId = matchId;
        this.status = ChatStatus.SLOTS_OFFERED;
        offer(starts, durationMinutes, now);
    }

    /**
     * The giver offers times (again): two to five, distinct, in the future and within a year,
     * each {@code durationMinutes} long. Replaces times offered before; a scheduled chat must be
     * rescheduled first. Every rule is checked before anything changes.
     */
    public void offerSlots(List<Instant> starts, int durationMinutes, Instant now) {
        if (status == ChatStatus.SCHEDULED) {
            throw new ChatNotInThatStateException();
        }
        if (status == ChatStatus.CANCELLED) {
            note = null; // a fresh start
            noteByGiver = null;
        }
        offer(starts, durationMinutes, now);
    }

    private void offer(List<Instant> starts, int duration, Instant now) {
        List<Instant> checked = checkSlots(starts, now);
        int checkedDuration = checkDuration(duration);
        slots.clear();
        checked.forEach(start -> slots.add(new ChatSlot(this, start)));
        durationMinutes = checkedDuration;
        status = ChatStatus.SLOTS_OFFERED;
    }

    /** The offered times, to the minute and sorted; {@link InvalidValueException} on "slots" when they break a rule. */
    public static List<Instant> checkSlots(List<Instant> starts, Instant now) {
        if (starts == null || starts.size() < SLOTS_MIN || starts.size() > SLOTS_MAX) {
            throw new InvalidValueException("slots", "validation.chat.slots.count");
        }
        Set<Instant> seen = new HashSet<>();
        List<Instant> checked = new ArrayList<>();
        for (Instant start : starts) {
            Instant minute = Objects.requireNonNull(start, "start").truncatedTo(ChronoUnit.MINUTES);
            if (!minute.isAfter(now)) {
                throw new InvalidValueException("slots", "validation.chat.slots.past");
            }
            if (minute.isAfter(now.plus(Duration.ofDays(DAYS_AHEAD_MAX)))) {
                throw new InvalidValueException("slots", "validation.chat.slots.tooFar");
            }
            if (!seen.add(minute)) {
                throw new InvalidValueException("slots", "validation.chat.slots.duplicate");
            }
            checked.add(minute);
        }
        checked.sort(null);
        return checked;
    }

    public static int checkDuration(int durationMinutes) {
        if (!DURATIONS.contains(durationMinutes)) {
            throw new InvalidValueException("duration", "validation.chat.duration.invalid");
        }
        return durationMinutes;
    }

    /** When the offered time with this id starts; empty when it is not offered (any more). */
    public Optional<Instant> offeredStart(long slotId) {
        return slots.stream().filter(slot -> slot.getId() != null && slot.getId() == slotId)
                .map(ChatSlot::getStartsAt).findFirst();
    }

    /** The requester picks one of the offered times, while it is still ahead: the chat is scheduled. */
    public void pick(Instant start, Instant now) {
        if (status != ChatStatus.SLOTS_OFFERED) {
            throw new ChatNotInThatStateException();
        }
        if (start == null || slots.stream().noneMatch(slot -> slot.getStartsAt().equals(start))) {
            throw new ChatSlotNotOfferedException();
        }
        if (!start.isAfter(now)) {
            throw new InvalidValueException("slot", "validation.chat.slot.passed");
        }
        startsAt = start;
        endsAt = start.plus(Duration.ofMinutes(durationMinutes));
        status = ChatStatus.SCHEDULED;
        slots.clear();
        note = null;
        noteByGiver = null;
        forgetAnswers();
    }

    /**
     * Either party calls the chosen time off and asks for another, with a note: the giver then
     * offers new times. Also after the time, when the chat could not take place.
     */
    public void reschedule(ChatParty by, String note) {
        if (status != ChatStatus.SCHEDULED) {
            throw new ChatNotInThatStateException();
        }
        String checkedNote = checkNote(note);
        status = ChatStatus.SLOTS_OFFERED;
        slots.clear();
        sequence++;
        keepNote(by, checkedNote);
        forgetAnswers();
    }

    /** Either party cancels the chat, with a note. */
    public void cancel(ChatParty by, String note) {
        if (status == ChatStatus.CANCELLED) {
            throw new ChatNotInThatStateException();
        }
        String checkedNote = checkNote(note);
        status = ChatStatus.CANCELLED;
        slots.clear();
        sequence++;
        keepNote(by, checkedNote);
        forgetAnswers();
    }

    /** Either party says whether the chat happened, once its time is over; a later answer replaces theirs. */
    public void answer(ChatParty by, boolean happened, Instant now) {
        if (status != ChatStatus.SCHEDULED) {
            throw new ChatNotInThatStateException();
        }
        if (now.isBefore(endsAt)) {
            throw new ChatNotOverYetException();
        }
        if (Objects.requireNonNull(by, "by") == ChatParty.GIVER) {
            giverSaysHappened = happened;
        } else {
            requesterSaysHappened = happened;
        }
    }

    /** A reschedule or cancellation note: required, at most {@link #NOTE_MAX} characters. */
    public static String checkNote(String note) {
        return Texts.required(note, NOTE_MAX, "note", "validation.chat.note.required",
                "validation.note.tooLong");
    }

    private void keepNote(ChatParty by, String checkedNote) {
        note = checkedNote;
        noteByGiver = Objects.requireNonNull(by, "by") == ChatParty.GIVER;
    }

    private void forgetAnswers() {
        giverSaysHappened = null;
        requesterSaysHappened = null;
        askedAt = null;
    }

    /** The chat took place: at least one party says so and nobody says it did not. */
    public boolean isHeld() {
        return status == ChatStatus.SCHEDULED
                && (Boolean.TRUE.equals(giverSaysHappened) || Boolean.TRUE.equals(requesterSaysHappened))
                && !Boolean.FALSE.equals(giverSaysHappened) && !Boolean.FALSE.equals(requesterSaysHappened);
    }

    /** Whether the chosen time is over at {@code now} (false unless scheduled). */
    public boolean isOver(Instant now) {
        return status == ChatStatus.SCHEDULED && !now.isBefore(endsAt);
    }

    public long getMatchId() {
        return matchId;
    }

    public ChatStatus getStatus() {
        return status;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    /** The offered times, in order (empty unless times are offered). */
    public List<ChatSlot> getSlots() {
        return List.copyOf(slots);
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getSequence() {
        return sequence;
    }

    public String getNote() {
        return note;
    }

    /** Who wrote the note: the giver, the requester, or nobody (null) when there is none. */
    public ChatParty getNoteBy() {
        return noteByGiver == null ? null : noteByGiver ? ChatParty.GIVER : ChatParty.REQUESTER;
    }

    public Boolean getGiverSaysHappened() {
        return giverSaysHappened;
    }

    public Boolean getRequesterSaysHappened() {
        return requesterSaysHappened;
    }

    public Instant getAskedAt() {
        return askedAt;
    }
}
