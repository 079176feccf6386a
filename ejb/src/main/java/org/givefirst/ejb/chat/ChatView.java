package org.givefirst.ejb.chat;

import org.givefirst.domain.chat.Chat;
import org.givefirst.domain.chat.ChatParty;
import org.givefirst.domain.chat.ChatSlot;
import org.givefirst.domain.chat.ChatStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The chat of a match as one of its two members sees it: times as instants, and the zone the
 * viewer reads them in. {@code status} is null until the giver offers the first times.
 *
 * @param matchOpen     whether the match is still accepted (a completed match is only answered about)
 * @param over          whether the chosen time is over, so both can say whether the chat happened
 * @param myAnswer      what the viewer said about whether it happened (null: nothing yet)
 * @param otherAnswer   what the other member said
 */
public record ChatView(long matchId, ChatStatus status, List<Slot> slots, int durationMinutes, Instant startsAt,
                       Instant endsAt, String note, ChatParty noteBy, Boolean myAnswer, Boolean otherAnswer,
                       boolean viewerIsGiver, ZoneId viewerZone, String otherName, boolean matchOpen,
                       boolean over) implements Serializable {

    /** One offered time. */
    public record Slot(long id, Instant startsAt) implements Serializable {
    }

    static ChatView notStarted(long matchId, boolean viewerIsGiver, ZoneId viewerZone, String otherName, boolean matchOpen) {
        return new ChatView(matchId, null, List.of(), 0, null, null, null, null, null, null, viewerIsGiver,
                viewerZone, otherName, matchOpen, false);
    }

    static ChatView of(Chat chat, boolean viewerIsGiver, ZoneId viewerZone, String otherName, boolean matchOpen,
                       Instant now) {
        Boolean giver = chat.getGiverSaysHappened();
        Boolean requester = chat.getRequesterSaysHappened();
        return new ChatView(chat.getMatchId(), chat.getStatus(),
                chat.getSlots().stream().map(ChatView::slot).toList(), chat.getDurationMinutes(), chat.getStartsAt(),
                chat.getEndsAt(), chat.getNote(), chat.getNoteBy(), viewerIsGiver ? giver : requester,
                viewerIsGiver ? requester : giver, viewerIsGiver, viewerZone, otherName, matchOpen, chat.isOver(now));
    }

    private static Slot slot(ChatSlot slot) {
        return new Slot(slot.getId(), slot.getStartsAt());
    }

    public boolean isScheduled() {
        return status == ChatStatus.SCHEDULED;
    }

    public boolean isCancelled() {
        return status == ChatStatus.CANCELLED;
    }

    /** Times are offered and wait for the requester's pick. */
    public boolean isOffered() {
        return status == ChatStatus.SLOTS_OFFERED && !slots.isEmpty();
    }

    /** The giver is to offer times: nothing yet, or again after a reschedule. */
    public boolean isAwaitingTimes() {
        return status == null || status == ChatStatus.SLOTS_OFFERED && slots.isEmpty();
    }

    /** Whether the viewer wrote the current note. */
    public boolean isNoteMine() {
        return noteBy != null && (noteBy == ChatParty.GIVER) == viewerIsGiver;
    }

    public boolean canOffer() {
        return viewerIsGiver && matchOpen && !isScheduled();
    }

    public boolean canPick() {
        return !viewerIsGiver && matchOpen && isOffered();
    }

    public boolean canReschedule() {
        return matchOpen && isScheduled();
    }

    public boolean canCancel() {
        return matchOpen && status != null && !isCancelled();
    }

    public boolean canAnswer() {
        return isScheduled() && over;
    }

    /** A calendar file exists: the chosen time, or the cancellation of a time that is off. */
    public boolean hasCalendar() {
        return startsAt != null;
    }
}
