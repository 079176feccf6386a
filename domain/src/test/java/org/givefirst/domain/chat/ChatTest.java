package org.givefirst.domain.chat;

import org.givefirst.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChatTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    private static Instant inHours(long hours) {
        return NOW.plus(Duration.ofHours(hours));
    }

    private static Chat offered(Instant... starts) {
        return new Chat(7, List.of(starts), 30, NOW);
    }

    private static Instant start(Chat chat, int index) {
        return chat.getSlots().get(index).getStartsAt();
    }

    @Test
    void theGiverOffersTwoToFiveTimesSortedToTheMinute() {
        Chat chat = new Chat(7, List.of(inHours(48), inHours(24).plusSeconds(59)), 45, NOW);
        assertThat(chat.getStatus()).isEqualTo(ChatStatus.SLOTS_OFFERED);
        assertThat(chat.getMatchId()).isEqualTo(7);
        assertThat(chat.getDurationMinutes()).isEqualTo(45);
        assertThat(chat.getSlots()).extracting(ChatSlot::getStartsAt).containsExactly(inHours(24), inHours(48));

        chat.offerSlots(List.of(inHours(1), inHours(2), inHours(3), inHours(4), inHours(5)), 15, NOW);
        assertThat(chat.getSlots()).hasSize(5);
        assertThat(chat.getDurationMinutes()).isEqualTo(15);
    }

    @Test
    void offersOfTheWrongSizeInThePastTwiceTheSameOrTooFarAheadAreRefused() {
        assertRefused("slots", "validation.chat.slots.count", () -> new Chat(7, List.of(inHours(1)), 30, NOW));
        assertRefused("slots", "validation.chat.slots.count", () -> new Chat(7, List.of(), 30, NOW));
        assertRefused("slots", "validation.chat.slots.count", () -> new Chat(7, null, 30, NOW));
        assertRefused("slots", "validation.chat.slots.count", () -> new Chat(7,
                List.of(inHours(1), inHours(2), inHours(3), inHours(4), inHours(5), inHours(6)), 30, NOW));
        assertRefused("slots", "validation.chat.slots.past", () -> new Chat(7, List.of(inHours(1), NOW.minusSeconds(60)), 30, NOW));
        assertRefused("slots", "validation.chat.slots.past", () -> new Chat(7, List.of(inHours(1), NOW), 30, NOW));
        assertRefused("slots", "validation.chat.slots.duplicate",
                () -> new Chat(7, List.of(inHours(1), inHours(1).plusSeconds(20)), 30, NOW));
        assertRefused("slots", "validation.chat.slots.tooFar",
                () -> new Chat(7, List.of(inHours(1), NOW.plus(Duration.ofDays(Chat.DAYS_AHEAD_MAX + 1))), 30, NOW));
        for (int duration : new int[] {0, 10, 25, 61, 90, -30}) {
            assertRefused("duration", "validation.chat.duration.invalid",
                    () -> new Chat(7, List.of(inHours(1), inHours(2)), duration, NOW));
        }
    }

    @Test
    void aRefusedOfferChangesNothing() {
        Chat chat = offered(inHours(1), inHours(2));
        assertRefused("slots", "validation.chat.slots.count", () -> chat.offerSlots(List.of(inHours(9)), 60, NOW));
        assertRefused("duration", "validation.chat.duration.invalid", () -> chat.offerSlots(List.of(inHours(8), inHours(9)), 5, NOW));
        assertThat(chat.getSlots()).extracting(ChatSlot::getStartsAt).containsExactly(inHours(1), inHours(2));
        assertThat(chat.getDurationMinutes()).isEqualTo(30);
    }

    @Test
    void theRequesterPicksOnlyAnOfferedTimeStillAhead() {
        Chat chat = offered(inHours(1), inHours(2));
        assertThatThrownBy(() -> chat.pick(inHours(3), NOW)).isInstanceOf(ChatSlotNotOfferedException.class);
        assertThatThrownBy(() -> chat.pick(null, NOW)).isInstanceOf(ChatSlotNotOfferedException.class);
        assertRefused("slot", "validation.chat.slot.passed", () -> chat.pick(inHours(1), inHours(1)));
        assertThat(chat.getStatus()).isEqualTo(ChatStatus.SLOTS_OFFERED);

        chat.pick(inHours(2), NOW);

        assertThat(chat.getStatus()).isEqualTo(ChatStatus.SCHEDULED);
        assertThat(chat.getStartsAt()).isEqualTo(inHours(2));
        assertThat(chat.getEndsAt()).isEqualTo(inHours(2).plus(Duration.ofMinutes(30)));
        assertThat(chat.getSequence()).isZero();
        assertThat(chat.getSlots()).isEmpty();
        assertThatThrownBy(() -> chat.pick(inHours(2), NOW)).isInstanceOf(ChatNotInThatStateException.class);
        assertThatThrownBy(() -> chat.offerSlots(List.of(inHours(5), inHours(6)), 30, NOW))
                .as("a scheduled chat is rescheduled first").isInstanceOf(ChatNotInThatStateException.class);
    }

    @Test
    void reschedulingNeedsANoteAndLetsTheGiverOfferNewTimes() {
        Chat chat = offered(inHours(1), inHours(2));
        assertThatThrownBy(() -> chat.reschedule(ChatParty.REQUESTER, "Not yet scheduled"))
                .isInstanceOf(ChatNotInThatStateException.class);
        chat.pick(inHours(1), NOW);
        assertRefused("note", "validation.chat.note.required", () -> chat.reschedule(ChatParty.REQUESTER, "  "));
        assertRefused("note", "validation.note.tooLong", () -> chat.reschedule(ChatParty.REQUESTER, "n".repeat(1001)));
        assertThat(chat.getStatus()).isEqualTo(ChatStatus.SCHEDULED);

        chat.reschedule(ChatParty.REQUESTER, " A job interview came up, sorry! ");

        assertThat(chat.getStatus()).isEqualTo(ChatStatus.SLOTS_OFFERED);
        assertThat(chat.getSlots()).as("the giver offers new times").isEmpty();
        assertThat(chat.getNote()).isEqualTo("A job interview came up, sorry!");
        assertThat(chat.getNoteBy()).isEqualTo(ChatParty.REQUESTER);
        assertThat(chat.getSequence()).isEqualTo(1);
        assertThat(chat.getStartsAt()).as("the time that is off").isEqualTo(inHours(1));
        assertThatThrownBy(() -> chat.pick(inHours(1), NOW)).isInstanceOf(ChatSlotNotOfferedException.class);

        chat.offerSlots(List.of(inHours(30), inHours(31)), 20, NOW);
        assertThat(chat.getNote()).as("the reason stays beside the new times").isNotNull();
        chat.pick(inHours(31), NOW);
        assertThat(chat.getStartsAt()).isEqualTo(inHours(31));
        assertThat(chat.getEndsAt()).isEqualTo(inHours(31).plus(Duration.ofMinutes(20)));
        assertThat(chat.getSequence()).isEqualTo(1);
        assertThat(chat.getNote()).isNull();
    }

    @Test
    void eitherPartyCancelsWithANoteAndTheGiverMayStartAfresh() {
        Chat chat = offered(inHours(1), inHours(2));
        chat.pick(inHours(1), NOW);
        assertRefused("note", "validation.chat.note.required", () -> chat.cancel(ChatParty.GIVER, null));

        chat.cancel(ChatParty.GIVER, "I have to travel; Lea could help instead.");

        assertThat(chat.getStatus()).isEqualTo(ChatStatus.CANCELLED);
        assertThat(chat.getNoteBy()).isEqualTo(ChatParty.GIVER);
        assertThat(chat.getSequence()).isEqualTo(1);
        assertThatThrownBy(() -> chat.cancel(ChatParty.REQUESTER, "again")).isInstanceOf(ChatNotInThatStateException.class);
        assertThatThrownBy(() -> chat.reschedule(ChatParty.REQUESTER, "later")).isInstanceOf(ChatNotInThatStateException.class);
        assertThatThrownBy(() -> chat.answer(ChatParty.GIVER, true, inHours(5))).isInstanceOf(ChatNotInThatStateException.class);

        chat.offerSlots(List.of(inHours(40), inHours(41)), 30, NOW);
        assertThat(chat.getStatus()).isEqualTo(ChatStatus.SLOTS_OFFERED);
        assertThat(chat.getNote()).isNull();

        chat.cancel(ChatParty.REQUESTER, "No longer needed, thank you!");
        assertThat(chat.getNoteBy()).isEqualTo(ChatParty.REQUESTER);
        assertThat(chat.getSequence()).isEqualTo(2);
    }

    @Test
    void whetherItHappenedIsAnsweredOnlyAfterTheTime() {
        Chat chat = offered(inHours(1), inHours(2));
        assertThatThrownBy(() -> chat.answer(ChatParty.GIVER, true, inHours(9))).isInstanceOf(ChatNotInThatStateException.class);
        chat.pick(inHours(1), NOW);
        Instant end = chat.getEndsAt();
        assertThat(chat.isOver(end.minusSeconds(1))).isFalse();
        assertThat(chat.isOver(end)).isTrue();
        assertThatThrownBy(() -> chat.answer(ChatParty.GIVER, true, end.minusSeconds(1)))
                .isInstanceOf(ChatNotOverYetException.class);

        chat.answer(ChatParty.GIVER, true, end);
        assertThat(chat.getGiverSaysHappened()).isTrue();
        assertThat(chat.getRequesterSaysHappened()).isNull();
        assertThat(chat.isHeld()).as("one yes, nobody said no").isTrue();

        chat.answer(ChatParty.REQUESTER, false, end);
        assertThat(chat.isHeld()).as("somebody said no").isFalse();
        chat.answer(ChatParty.REQUESTER, true, end.plusSeconds(600));
        assertThat(chat.isHeld()).as("a later answer replaces the first").isTrue();

        chat.reschedule(ChatParty.GIVER, "We got cut off after five minutes, let's try again.");
        assertThat(chat.isHeld()).isFalse();
        assertThat(chat.getGiverSaysHappened()).isNull();
        assertThat(chat.getRequesterSaysHappened()).isNull();
    }

    @Test
    void nobodyAnsweringIsNotHeld() {
        Chat chat = offered(inHours(1), inHours(2));
        chat.pick(inHours(1), NOW);
        assertThat(chat.isHeld()).isFalse();
        List<Boolean> answers = new ArrayList<>();
        answers.add(null);
        answers.add(false);
        for (Boolean giver : answers) {
            Chat other = offered(inHours(1), inHours(2));
            other.pick(inHours(1), NOW);
            if (giver != null) {
                other.answer(ChatParty.GIVER, giver, inHours(5));
            }
            other.answer(ChatParty.REQUESTER, false, inHours(5));
            assertThat(other.isHeld()).isFalse();
        }
    }

    private static void assertRefused(String field, String key, ThrowingCallable action) {
        assertThatThrownBy(action).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.getField()).contains(field);
            assertThat(e.getMessageKey()).isEqualTo(key);
        });
    }
}
