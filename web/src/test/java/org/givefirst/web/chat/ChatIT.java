package org.givefirst.web.chat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.givefirst.domain.chat.ChatNotInThatStateException;
import org.givefirst.domain.chat.ChatNotOverYetException;
import org.givefirst.domain.chat.ChatParty;
import org.givefirst.domain.chat.ChatSlotNotOfferedException;
import org.givefirst.domain.chat.ChatStatus;
import org.givefirst.domain.match.MatchNotInThatStateException;
import org.givefirst.domain.member.ProfileDetails;
import org.givefirst.domain.notification.NotificationType;
import org.givefirst.domain.shared.BusinessException;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.domain.shared.Tag;
import org.givefirst.ejb.chat.CalendarFile;
import org.givefirst.ejb.chat.ChatFollowUp;
import org.givefirst.ejb.chat.ChatService;
import org.givefirst.ejb.chat.ChatView;
import org.givefirst.ejb.match.MatchNotFoundException;
import org.givefirst.ejb.match.MatchService;
import org.givefirst.ejb.match.MatchView;
import org.givefirst.ejb.member.AccountService;
import org.givefirst.ejb.member.Registration;
import org.givefirst.ejb.notification.NotificationService;
import org.givefirst.ejb.offer.OfferDraft;
import org.givefirst.ejb.offer.OfferService;
import org.givefirst.ejb.profile.ChatsHeld;
import org.givefirst.ejb.profile.GivingService;
import org.givefirst.ejb.request.HelpRequestService;
import org.givefirst.ejb.request.RequestDraft;
import org.givefirst.web.support.Deployments;
import org.givefirst.web.support.Mailbox;
import org.givefirst.web.support.Race;
import org.givefirst.web.support.Mailbox.ReceivedMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chats on accepted CHAT matches against the real datasource, inside Payara Micro: times offered
 * in the giver's zone and read in each member's own, picked, rescheduled, cancelled, the calendar
 * file, who may do what, bad input, the question after the chat sent exactly once however often
 * (and on however many instances) the job runs, and the chats held on profiles. The page itself is
 * walked in a browser by {@link ChatJourneyIT}.
 */
@ExtendWith(ArquillianExtension.class)
class ChatIT {

    private static final String PASSWORD = "a long and quiet river";
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Deployment
    static WebArchive deployment() {
        return Deployments.givefirstWar().addClasses(ChatTestData.class, Mailbox.class, Race.class);
    }

    @EJB
    private AccountService accounts;

    @EJB
    private OfferService offers;

    @EJB
    private HelpRequestService requests;

    @EJB
    private MatchService matches;

    @EJB
    private ChatService chats;

    @EJB
    private ChatFollowUp followUp;

    @EJB
    private NotificationService notifications;

    @EJB
    private GivingService giving;

    @EJB
    private ChatTestData testData;

    @Resource
    private ManagedExecutorService executor;

    /** The two members of an accepted CHAT match. */
    private record Pair(long giver, long requester, long match) {
    }

    // ---------------------------------------------------------------- the chat, planned

    @Test
    void theGiverOffersTimesInTheirZoneAndTheRequesterPicksOneSeenInTheirs() {
        Pair p = acceptedChat();
        zone(p.giver(), "Europe/Lisbon");
        zone(p.requester(), "Asia/Tokyo");
        assertNull(chats.get(p.requester(), p.match()).status(), "nothing offered yet");
        assertTrue(chats.get(p.giver(), p.match()).canOffer());

        LocalDate day = LocalDate.now(LISBON).plusDays(10);
        List<LocalDateTime> inLisbon = List.of(day.atTime(18, 0), day.atTime(9, 30), day.plusDays(1).atTime(12, 15));
        chats.offerSlots(p.giver(), p.match(), inLisbon, 45);

        ChatView forRequester = chats.get(p.requester(), p.match());
        assertEquals(ChatStatus.SLOTS_OFFERED, forRequester.status());
        assertEquals(TOKYO, forRequester.viewerZone(), "each member reads times in their own zone");
        assertEquals(LISBON, chats.get(p.giver(), p.match()).viewerZone());
        List<Instant> expected = inLisbon.stream().map(t -> t.atZone(LISBON).toInstant()).sorted().toList();
        assertEquals(expected, forRequester.slots().stream().map(ChatView.Slot::startsAt).toList());
        // 18:00 in Lisbon is 03:00 the next day in Tokyo.
        assertEquals(LocalDateTime.of(day.plusDays(1), LocalTime.of(3, 0)),
                LocalDateTime.ofInstant(forRequester.slots().get(1).startsAt(), TOKYO));
        assertTrue(forRequester.canPick());
        assertFalse(chats.get(p.giver(), p.match()).canPick());
        assertEquals(1, countOf(NotificationType.CHAT_SLOTS_OFFERED, p.requester(), p.match()));

        assertThrows(MatchNotFoundException.class, () -> chats.pick(p.giver(), p.match(), forRequester.slots().get(0).id()),
                "picking is the requester's part");
        assertThrows(MatchNotFoundException.class, () -> chats.offerSlots(p.requester(), p.match(), inLisbon, 30),
                "offering is the giver's part");
        assertThrows(ChatSlotNotOfferedException.class, () -> chats.pick(p.requester(), p.match(), Long.MAX_VALUE));

        ChatView.Slot chosen = forRequester.slots().get(1);
        ChatView scheduled = chats.pick(p.requester(), p.match(), chosen.id());

        assertEquals(ChatStatus.SCHEDULED, scheduled.status());
        assertEquals(chosen.startsAt(), scheduled.startsAt());
        assertEquals(chosen.startsAt().plus(Duration.ofMinutes(45)), scheduled.endsAt());
        assertEquals(scheduled.startsAt(), chats.get(p.giver(), p.match()).startsAt());
        assertFalse(scheduled.canAnswer(), "not over yet");
        assertEquals(1, countOf(NotificationType.CHAT_SCHEDULED, p.requester(), p.match()));
        assertEquals(1, countOf(NotificationType.CHAT_SCHEDULED, p.giver(), p.match()));
        assertThrows(ChatNotInThatStateException.class, () -> chats.pick(p.requester(), p.match(), chosen.id()));
        assertThrows(ChatNotInThatStateException.class, () -> chats.offerSlots(p.giver(), p.match(), inLisbon, 30),
                "a scheduled chat is rescheduled first");
        assertThrows(ChatNotOverYetException.class, () -> chats.answerHappened(p.giver(), p.match(), true));

        CalendarFile file = chats.calendarFor(p.requester(), p.match());
        assertEquals("givefirst-chat-" + p.match() + ".ics", file.fileName());
        String utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(chosen.startsAt());
        String utcEnd = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(scheduled.endsAt());
        List<String> lines = unfolded(file.content());
        assertTrue(lines.contains("DTSTART:" + utc), file.content());
        assertTrue(lines.contains("DTEND:" + utcEnd), file.content());
        assertTrue(lines.contains("METHOD:PUBLISH") && lines.contains("STATUS:CONFIRMED") && lines.contains("SEQUENCE:0"));
        assertTrue(String.join("", lines).contains("/matches/view?id=" + p.match()), "the description links the chat's page");
        assertFalse(file.content().replace("\r\n", "").contains("\n"), "CRLF line endings only");
        assertEquals(uid(file), uid(chats.calendarFor(p.giver(), p.match())), "one event for both");
    }

    @Test
    void bothGetTheScheduledChatByEmailWithItsCalendarFile() {
        String giverEmail = "member-" + UUID.randomUUID() + "@example.org";
        String requesterEmail = "member-" + UUID.randomUUID() + "@example.org";
        Pair p = acceptedChat(giverEmail, requesterEmail);
        LocalDate day = LocalDate.now(LISBON).plusDays(5);
        chats.offerSlots(p.giver(), p.match(), List.of(day.atTime(10, 0), day.atTime(16, 0)), 30);
        ChatView scheduled = chats.pick(p.requester(), p.match(), chats.get(p.requester(), p.match()).slots().get(0).id());

        String start = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(scheduled.startsAt());
        for (String email : List.of(giverEmail, requesterEmail)) {
            ReceivedMail mail = Mailbox.of(email).await(2, Duration.ofSeconds(20)).stream()
                    .filter(m -> m.subject().contains("is scheduled")).findFirst()
                    .orElseThrow(() -> new AssertionError("no scheduled-chat email to " + email + ": "
                            + Mailbox.of(email).read().stream().map(ReceivedMail::subject).toList()));
            assertEquals(List.of("givefirst-chat-" + p.match() + ".ics"), mail.attachmentNames());
            assertTrue(unfolded(mail.attachmentContents().getFirst()).contains("DTSTART:" + start), mail.attachmentContents().getFirst());
            assertTrue(mail.text().contains("/matches/view?id=" + p.match()), mail.text());
            assertTrue(mail.html().contains("calendar file is attached"), mail.html());
        }
    }

    @Test
    void badOffersAreRefusedWithTheirFieldAndNothingIsSaved() {
        Pair p = acceptedChat();
        LocalDateTime tomorrow = LocalDateTime.now(ZoneOffset.UTC).plusDays(1).withSecond(0).withNano(0);
        List<LocalDateTime> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(tomorrow.plusHours(i));
        }

        assertRefused("slots", "validation.chat.slots.count", () -> chats.offerSlots(p.giver(), p.match(), List.of(tomorrow), 30));
        assertRefused("slots", "validation.chat.slots.count", () -> chats.offerSlots(p.giver(), p.match(), six, 30));
        assertRefused("slots", "validation.chat.slots.count", () -> chats.offerSlots(p.giver(), p.match(), List.of(), 30));
        assertRefused("slots", "validation.chat.slots.past",
                () -> chats.offerSlots(p.giver(), p.match(), List.of(tomorrow, tomorrow.minusDays(2)), 30));
        assertRefused("slots", "validation.chat.slots.duplicate",
                () -> chats.offerSlots(p.giver(), p.match(), List.of(tomorrow, tomorrow), 30));
        assertRefused("slots", "validation.chat.slots.tooFar",
                () -> chats.offerSlots(p.giver(), p.match(), List.of(tomorrow, tomorrow.plusYears(2)), 30));
        assertRefused("duration", "validation.chat.duration.invalid",
                () -> chats.offerSlots(p.giver(), p.match(), List.of(tomorrow, tomorrow.plusHours(1)), 25));
        assertNull(chats.get(p.giver(), p.match()).status(), "nothing was saved");
        assertEquals(0, countOf(NotificationType.CHAT_SLOTS_OFFERED, p.requester(), p.match()), "nobody was told");

        assertRefused("timeZone", "validation.timeZone.unknown", () -> accounts.updateProfile(p.giver(), p.giver(),
                new ProfileDetails("Giver", null, null, null, List.of(), "Mars/Olympus_Mons")));
        assertEquals(ZoneId.of("UTC"), accounts.getProfile(p.giver()).timeZone());

        chats.offerSlots(p.giver(), p.match(), List.of(tomorrow, tomorrow.plusHours(1)), 60); // the limits are fine
        assertEquals(2, chats.get(p.requester(), p.match()).slots().size());
    }

    @Test
    void eitherMemberReschedulesOrCancelsWithANoteAndTheCalendarFollows() {
        Pair p = acceptedChat();
        LocalDateTime day = LocalDateTime.now(ZoneOffset.UTC).plusDays(5).withHour(10).withMinute(0).withSecond(0).withNano(0);
        ChatView offered = chats.offerSlots(p.giver(), p.match(), List.of(day, day.plusHours(2)), 30);
        long firstSlot = offered.slots().get(0).id();
        chats.pick(p.requester(), p.match(), firstSlot);
        String uid = uid(chats.calendarFor(p.giver(), p.match()));

        assertRefused("note", "validation.chat.note.required", () -> chats.reschedule(p.requester(), p.match(), "  "));
        ChatView rescheduled = chats.reschedule(p.requester(), p.match(), "A job interview came up — sorry!");

        assertEquals(ChatStatus.SLOTS_OFFERED, rescheduled.status());
        assertTrue(rescheduled.isAwaitingTimes());
        assertEquals("A job interview came up — sorry!", chats.get(p.giver(), p.match()).note());
        assertEquals(ChatParty.REQUESTER, chats.get(p.giver(), p.match()).noteBy());
        assertEquals(1, countOf(NotificationType.CHAT_CANCELLED, p.giver(), p.match()), "the giver is told");
        assertEquals(0, countOf(NotificationType.CHAT_CANCELLED, p.requester(), p.match()));
        List<String> off = unfolded(chats.calendarFor(p.requester(), p.match()).content());
        assertTrue(off.contains("STATUS:CANCELLED") && off.contains("SEQUENCE:1") && off.contains(uid), String.join("\n", off));
        assertThrows(ChatSlotNotOfferedException.class, () -> chats.pick(p.requester(), p.match(), firstSlot));

        ChatView again = chats.offerSlots(p.giver(), p.match(), List.of(day.plusDays(1), day.plusDays(2)), 20);
        assertThrows(ChatSlotNotOfferedException.class, () -> chats.pick(p.requester(), p.match(), firstSlot),
                "a time of an earlier offer cannot be picked");
        chats.pick(p.requester(), p.match(), again.slots().get(1).id());
        List<String> moved = unfolded(chats.calendarFor(p.requester(), p.match()).content());
        assertTrue(moved.contains("STATUS:CONFIRMED") && moved.contains("SEQUENCE:1") && moved.contains(uid));
        assertEquals(day.plusDays(2).toInstant(ZoneOffset.UTC), chats.get(p.giver(), p.match()).startsAt());

        ChatView cancelled = chats.cancel(p.giver(), p.match(), "I have to travel; Lea could help instead.");
        assertEquals(ChatStatus.CANCELLED, cancelled.status());
        assertEquals(ChatParty.GIVER, chats.get(p.requester(), p.match()).noteBy());
        assertEquals(1, countOf(NotificationType.CHAT_CANCELLED, p.requester(), p.match()), "the requester is told");
        assertTrue(unfolded(chats.calendarFor(p.requester(), p.match()).content()).contains("SEQUENCE:2"));
        assertThrows(ChatNotInThatStateException.class, () -> chats.cancel(p.requester(), p.match(), "Again"));
        assertThrows(ChatNotInThatStateException.class, () -> chats.reschedule(p.requester(), p.match(), "Later"));
    }

    @Test
    void strangersAndOtherMatchesGetNotFound() {
        Pair p = acceptedChat();
        long stranger = member("Stranger");
        LocalDateTime tomorrow = LocalDateTime.now(ZoneOffset.UTC).plusDays(1).withSecond(0).withNano(0);
        chats.offerSlots(p.giver(), p.match(), List.of(tomorrow, tomorrow.plusHours(1)), 30);
        long slot = chats.get(p.requester(), p.match()).slots().get(0).id();

        // A REFERENCE match accepted by the same two members, and a CHAT proposal not accepted yet.
        String shared = tag();
        offer(p.giver(), HelpKind.REFERENCE, 2, shared);
        long reference = onlyMatchOf(p.requester(), ask(p.requester(), HelpKind.REFERENCE, shared));
        matches.accept(p.giver(), reference);
        String other = tag();
        offer(p.giver(), HelpKind.CHAT, 2, other);
        long proposed = onlyMatchOf(p.requester(), ask(p.requester(), HelpKind.CHAT, other));

        for (long[] who : new long[][] {{stranger, p.match()}, {p.giver(), reference}, {p.requester(), reference},
                {p.giver(), proposed}, {p.requester(), proposed}, {p.giver(), Long.MAX_VALUE}, {stranger, -1}}) {
            long member = who[0];
            long match = who[1];
            assertThrows(MatchNotFoundException.class, () -> chats.get(member, match));
            assertThrows(MatchNotFoundException.class, () -> chats.offerSlots(member, match, List.of(tomorrow, tomorrow.plusHours(3)), 30));
            assertThrows(MatchNotFoundException.class, () -> chats.pick(member, match, slot));
            assertThrows(MatchNotFoundException.class, () -> chats.reschedule(member, match, "note"));
            assertThrows(MatchNotFoundException.class, () -> chats.cancel(member, match, "note"));
            assertThrows(MatchNotFoundException.class, () -> chats.answerHappened(member, match, true));
            assertThrows(MatchNotFoundException.class, () -> chats.calendarFor(member, match));
        }
        assertEquals(ChatStatus.SLOTS_OFFERED, chats.get(p.requester(), p.match()).status(), "nobody's attempt changed anything");
        assertEquals(2, chats.get(p.requester(), p.match()).slots().size());
    }

    // ---------------------------------------------------------------- after the chat

    @Test
    void theQuestionAfterTheChatIsSentExactlyOnceHoweverOftenTheJobRuns() throws Exception {
        Pair p = acceptedChat();
        // Scheduled for tomorrow by the wall clock: the server's own minute timer leaves it alone,
        // and the job below runs "two days from now".
        LocalDateTime tomorrow = LocalDateTime.now(ZoneOffset.UTC).plusDays(1).withSecond(0).withNano(0);
        ChatView offered = chats.offerSlots(p.giver(), p.match(), List.of(tomorrow, tomorrow.plusHours(1)), 30);
        chats.pick(p.requester(), p.match(), offered.slots().get(0).id());
        long chat = testData.chatIdOf(p.match());
        Instant now = Instant.now();
        Instant later = now.plus(Duration.ofDays(2));

        assertFalse(followUp.findDue(now).contains(chat));
        assertFalse(followUp.ask(chat, now), "not over yet");
        assertTrue(followUp.findDue(later).contains(chat));

        // Two instances running the job at the same moment.
        List<Race.Outcome<Boolean>> outcomes = Race.run(executor, List.of(() -> followUp.ask(chat, later), () -> followUp.ask(chat, later)));
        assertEquals(List.of(), outcomes.stream().filter(o -> o.failure() != null).map(o -> o.failure().toString()).toList());
        assertEquals(1, outcomes.stream().filter(o -> Boolean.TRUE.equals(o.value())).count(), () -> "outcomes: " + outcomes);

        // And again in a row.
        assertFalse(followUp.ask(chat, later), "asked once, never again");
        assertFalse(followUp.findDue(later).contains(chat));
        Instant askedAt = testData.askedAt(chat);
        assertTrue(Duration.between(later, askedAt).abs().toMillis() <= 1000, () -> "asked at " + askedAt); // stored to the second
        assertEquals(1, countOf(NotificationType.CHAT_DID_IT_HAPPEN, p.giver(), p.match()));
        assertEquals(1, countOf(NotificationType.CHAT_DID_IT_HAPPEN, p.requester(), p.match()));
    }

    @Test
    void answersAfterTheChatFeedBothProfilesAlsoOnceThanked() {
        Pair p = acceptedChat();
        testData.scheduledChat(p.match(), Instant.now().minus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES), 30);
        assertTrue(chats.get(p.giver(), p.match()).canAnswer());
        assertEquals(new ChatsHeld(0, 0), giving.chatsHeldBy(p.giver()));

        chats.answerHappened(p.giver(), p.match(), true);
        assertEquals(new ChatsHeld(1, 0), giving.chatsHeldBy(p.giver()), "one yes, nobody said no");
        assertEquals(new ChatsHeld(0, 1), giving.chatsHeldBy(p.requester()));
        assertEquals(Boolean.TRUE, chats.get(p.giver(), p.match()).myAnswer());
        assertEquals(Boolean.TRUE, chats.get(p.requester(), p.match()).otherAnswer());

        chats.answerHappened(p.requester(), p.match(), false);
        assertEquals(new ChatsHeld(0, 0), giving.chatsHeldBy(p.giver()), "somebody said no");

        matches.thank(p.requester(), p.match(), "Thank you for your time!");
        chats.answerHappened(p.requester(), p.match(), true); // still answered once the match is completed
        assertEquals(new ChatsHeld(1, 0), giving.chatsHeldBy(p.giver()));
        assertEquals(new ChatsHeld(0, 1), giving.chatsHeldBy(p.requester()));
        assertFalse(chats.get(p.giver(), p.match()).canReschedule(), "a completed match is no longer planned");
        assertThrows(MatchNotInThatStateException.class, () -> chats.reschedule(p.giver(), p.match(), "Again?"));
        assertEquals(ChatStatus.SCHEDULED, chats.get(p.giver(), p.match()).status());
    }

    // ---------------------------------------------------------------- helpers

    private static List<String> unfolded(String calendar) {
        return List.of(calendar.replace("\r\n ", "").split("\r\n"));
    }

    private static String uid(CalendarFile file) {
        return unfolded(file.content()).stream().filter(line -> line.startsWith("UID:")).findFirst().orElseThrow();
    }

    private static String token() {
        return "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String tag() {
        return token();
    }

    private static String title() {
        return token() + " " + token();
    }

    private long member(String name) {
        return member(name, "member-" + UUID.randomUUID() + "@example.org");
    }

    private long member(String name, String email) {
        return accounts.register(new Registration(name, email, PASSWORD, true)).id();
    }

    private void zone(long member, String zone) {
        String name = accounts.getProfile(member).displayName();
        accounts.updateProfile(member, member, new ProfileDetails(name, null, null, null, List.of(), zone));
    }

    private long offer(long giver, HelpKind kind, int capacity, String tag) {
        return offers.post(giver, new OfferDraft(kind, title(), null, List.of(Tag.of(tag)), capacity));
    }

    private long ask(long requester, HelpKind kind, String tag) {
        return requests.post(requester, new RequestDraft(kind, title(), null, List.of(Tag.of(tag)), null, 1));
    }

    private long onlyMatchOf(long requester, long request) {
        List<MatchView> all = requests.getMine(requester, request).matches();
        assertEquals(1, all.size(), () -> "matches of request " + request + ": " + all);
        return all.get(0).id();
    }

    /** A giver and a requester (who has offered, so may ask) with an accepted CHAT match between them. */
    private Pair acceptedChat() {
        return acceptedChat("member-" + UUID.randomUUID() + "@example.org", "member-" + UUID.randomUUID() + "@example.org");
    }

    private Pair acceptedChat(String giverEmail, String requesterEmail) {
        String shared = tag();
        long giver = member("Giver", giverEmail);
        offer(giver, HelpKind.CHAT, 3, shared);
        long requester = member("Requester", requesterEmail);
        offer(requester, HelpKind.ADVICE, 2, tag());
        long match = onlyMatchOf(requester, ask(requester, HelpKind.CHAT, shared));
        matches.accept(giver, match);
        return new Pair(giver, requester, match);
    }

    private long countOf(NotificationType type, long recipient, long match) {
        return notifications.listMine(recipient).stream()
                .filter(n -> n.type() == type && Long.valueOf(match).equals(n.matchId())).count();
    }

    private static void assertRefused(String field, String key, Executable useCase) {
        BusinessException refusal = assertThrows(InvalidValueException.class, useCase);
        assertEquals(Optional.of(field), refusal.getField());
        assertEquals(key, refusal.getMessageKey());
    }
}
