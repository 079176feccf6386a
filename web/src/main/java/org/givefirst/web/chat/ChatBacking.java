package org.givefirst.web.chat;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.domain.chat.Chat;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.ejb.chat.ChatService;
import org.givefirst.ejb.chat.ChatView;
import org.givefirst.ejb.match.MatchView;
import org.givefirst.web.match.MatchBacking;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;
import org.givefirst.web.shared.Texts;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Backs the chat section of {@code /matches/view.xhtml} ({@code WEB-INF/includes/chat.xhtml}) for
 * an accepted CHAT match: the giver offers times as date and time in their own zone, the requester
 * picks one, both see it in their own zone, download it for their calendar, reschedule or cancel
 * with a note, and afterwards say whether it happened. The match comes from the page's
 * {@link MatchBacking}, which already answered 404 for anyone else.
 */
@Named("chatPage")
@ViewScoped // the offer rows and the picked time must be there when a form comes back with a mistake
public class ChatBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String OFFER_FORM = "chatOffer";
    static final String PICK_FORM = "chatPick";
    static final String CHANGE_FORM = "chatChange";
    static final String ANSWER_FORM = "chatAnswer";

    @Inject
    private ChatService chatService;

    @Inject
    private CurrentMember currentMember;

    @Inject
    private MatchBacking matchPage;

    private ChatView chat;

    private final List<SlotRow> rows = new ArrayList<>(IntStream.range(0, Chat.SLOTS_MAX).mapToObj(i -> new SlotRow()).toList());
    private int duration = 30;
    private String note;

    /** One date-and-time row of the giver's offer, in the giver's zone; both empty means unused. */
    public static class SlotRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private LocalDate date;
        private LocalTime time;

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public LocalTime getTime() {
            return time;
        }

        public void setTime(LocalTime time) {
            this.time = time;
        }
    }

    /** The chat as the signed-in member sees it; null when this match has no chat. */
    public ChatView getChat() {
        MatchView match = matchPage.getMatch();
        if (chat == null && match != null && match.kind() == HelpKind.CHAT
                && (match.isAccepted() || match.isCompleted())) {
            chat = chatService.get(currentMember.requireId(), match.id());
        }
        return chat;
    }

    public String offer() {
        List<LocalDateTime> times = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < rows.size(); i++) {
            SlotRow row = rows.get(i);
            if (row.date != null && row.time != null) {
                times.add(LocalDateTime.of(row.date, row.time));
            } else if (row.date != null || row.time != null) {
                FormMessages.error(OFFER_FORM + ":rows:" + i + ":" + (row.date == null ? "date" : "time"),
                        "validation.chat.slot.incomplete");
                complete = false;
            }
        }
        if (!complete) {
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        return act(() -> chatService.offerSlots(currentMember.requireId(), matchId(), times, duration), OFFER_FORM,
                "chat.offered");
    }

    public String pick(long slotId) {
        return act(() -> chatService.pick(currentMember.requireId(), matchId(), slotId), PICK_FORM, "chat.picked");
    }

    public String reschedule() {
        return act(() -> chatService.reschedule(currentMember.requireId(), matchId(), note), CHANGE_FORM,
                "chat.rescheduled");
    }

    public String cancel() {
        return act(() -> chatService.cancel(currentMember.requireId(), matchId(), note), CHANGE_FORM, "chat.cancelled");
    }

    public String answer(boolean happened) {
        return act(() -> chatService.answerHappened(currentMember.requireId(), matchId(), happened), ANSWER_FORM,
                happened ? "chat.answered.yes" : "chat.answered.no");
    }

    private String act(Runnable useCase, String formId, String doneKey) {
        if (!FormMessages.succeeded(useCase, formId)) {
            chat = null; // shows where things stand now; what was typed stays
            return null;
        }
        FormMessages.flashInfo(doneKey);
        return "/matches/view?faces-redirect=true&id=" + matchId();
    }

    private long matchId() {
        MatchView match = matchPage.getMatch();
        if (match == null) {
            throw new IllegalStateException("The chat section is part of a match page");
        }
        return match.id();
    }

    /** "Thursday, December 3, 2026, 2:30 PM" in the viewer's zone and language. */
    public String when(Instant instant) {
        if (instant == null || getChat() == null) {
            return "";
        }
        ZonedDateTime zoned = instant.atZone(chat.viewerZone());
        return Texts.get("chat.when", date(zoned), time(zoned));
    }

    /** The chosen time from start to end: "Thursday, December 3, 2026, 2:30 PM – 3:00 PM". */
    public String getScheduledTime() {
        ChatView current = getChat();
        if (current == null || current.startsAt() == null) {
            return "";
        }
        ZonedDateTime start = current.startsAt().atZone(current.viewerZone());
        ZonedDateTime end = current.endsAt().atZone(current.viewerZone());
        return Texts.get("chat.whenFromTo", date(start), time(start), time(end));
    }

    /** The viewer's zone as its name says it: "Europe/Lisbon". */
    public String getZoneName() {
        ChatView current = getChat();
        return current == null ? "" : current.viewerZone().getId();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String date(ZonedDateTime time) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale()).format(time);
    }

    private static String time(ZonedDateTime time) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).format(time);
    }

    /** Today in the viewer's zone, the earliest date the date inputs offer. */
    public String getToday() {
        ChatView current = getChat();
        return LocalDate.now(current == null ? ZoneId.of("UTC") : current.viewerZone()).toString();
    }

    public List<SelectItem> getDurations() {
        return Chat.DURATIONS.stream().map(minutes -> new SelectItem(minutes, Texts.get("chat.offer.duration.option", minutes)))
                .toList();
    }

    public List<SlotRow> getRows() {
        return rows;
    }

    public int getDuration() {
        return duration;
    }

    public void setDuration(int duration) {
        this.duration = duration;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
