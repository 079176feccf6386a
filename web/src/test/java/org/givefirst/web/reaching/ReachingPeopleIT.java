package org.givefirst.web.reaching;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.givefirst.domain.introduction.IntroductionNotPendingException;
import org.givefirst.domain.notification.Delivery;
import org.givefirst.domain.notification.MailStatus;
import org.givefirst.domain.notification.NotificationType;
import org.givefirst.domain.offer.OfferStatus;
import org.givefirst.domain.shared.BusinessException;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.domain.shared.Tag;
import org.givefirst.ejb.conversation.ConversationNotFoundException;
import org.givefirst.ejb.conversation.ConversationService;
import org.givefirst.ejb.conversation.ConversationView;
import org.givefirst.ejb.introduction.IntroductionNotFoundException;
import org.givefirst.ejb.introduction.IntroductionService;
import org.givefirst.ejb.introduction.IntroductionView;
import org.givefirst.ejb.mail.Digests;
import org.givefirst.ejb.match.MatchService;
import org.givefirst.ejb.match.ProposalExpiry;
import org.givefirst.ejb.member.AccountService;
import org.givefirst.ejb.member.MemberDirectory;
import org.givefirst.ejb.member.Registration;
import org.givefirst.ejb.notification.NotificationService;
import org.givefirst.ejb.notification.NotificationView;
import org.givefirst.ejb.nudge.Nudges;
import org.givefirst.ejb.offer.OfferDraft;
import org.givefirst.ejb.offer.OfferService;
import org.givefirst.ejb.request.HelpRequestService;
import org.givefirst.ejb.request.RequestDraft;
import org.givefirst.web.support.Deployments;
import org.givefirst.web.support.Mailbox;
import org.givefirst.web.support.Mailbox.ReceivedMail;
import org.givefirst.web.support.Race;
import org.givefirst.web.support.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Introductions, threads, email and nudges against the real datasource inside Payara Micro, with
 * email going over SMTP to the tests' GreenMail server and read back over IMAP: what arrives, for
 * whom, with what in it, and exactly once where several instances could send it.
 */
@ExtendWith(ArquillianExtension.class)
class ReachingPeopleIT {

    private static final String PASSWORD = "a long and quiet river";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(20);

    @Deployment
    static WebArchive deployment() {
        return Deployments.givefirstWar().addClasses(TestData.class, Mailbox.class, Race.class);
    }

    @ArquillianResource
    private URL base;

    @EJB
    private AccountService accounts;

    @EJB
    private MemberDirectory directory;

    @EJB
    private OfferService offers;

    @EJB
    private HelpRequestService requests;

    @EJB
    private MatchService matches;

    @EJB
    private ProposalExpiry expiry;

    @EJB
    private IntroductionService introductions;

    @EJB
    private ConversationService conversations;

    @EJB
    private NotificationService notifications;

    @EJB
    private Digests digests;

    @EJB
    private Nudges nudges;

    @EJB
    private TestData testData;

    @Resource
    private ManagedExecutorService executor;

    // ---------------------------------------------------------------- introductions

    @Test
    void anIntroductionAskedForHappensWhenTheContactAgrees() {
        Person seeker = person("Xavier");
        Person giver = person("Gina");
        Person contact = person("Yara");
        directory.updateContactDetails(contact.id, "yara@example.net, +33 6 12 34 56 78");
        directory.updateContactDetails(seeker.id, "linkedin.example/xavier");
        long match = acceptedMatch(seeker, giver, HelpKind.INTRODUCTION);

        long id = introductions.propose(giver.id, seeker.id, contact.id, "Xavier moves into biotech; Yara built the Lyon scene.");

        // The contact is asked, privately; the seeker agreed by asking.
        IntroductionView forContact = introductions.get(contact.id, id);
        assertTrue(forContact.awaitingMyAnswer());
        assertEquals("Xavier moves into biotech; Yara built the Lyon scene.", forContact.blurb());
        assertNull(forContact.otherContactDetails(), "nothing is shared before both agreed");
        assertFalse(introductions.get(seeker.id, id).awaitingMyAnswer());
        assertEquals(1, countOf(NotificationType.INTRODUCTION_INVITED, contact.id));
        assertEquals(0, countOf(NotificationType.INTRODUCTION_INVITED, seeker.id));
        ReceivedMail invitation = onlyMailAbout(contact, "would like to introduce you");
        assertFalse(invitation.text().contains("biotech"), "the email carries no private text: " + invitation.text());

        IntroductionView made = introductions.agree(contact.id, id);
        assertTrue(made.isMade());
        assertEquals("linkedin.example/xavier", made.otherContactDetails());
        IntroductionView forSeeker = introductions.get(seeker.id, id);
        assertEquals("yara@example.net, +33 6 12 34 56 78", forSeeker.otherContactDetails());
        assertEquals(made.conversationId(), forSeeker.conversationId());
        IntroductionView forGiver = introductions.get(giver.id, id);
        assertTrue(forGiver.isMade());
        assertNull(forGiver.otherContactDetails(), "the introducer sees that it happened, not their details");
        assertNull(forGiver.conversationId());
        assertEquals(1, countOf(NotificationType.INTRODUCTION_MADE, giver.id), "the introducer is thanked");
        assertEquals(1, countOf(NotificationType.INTRODUCTION_ACCEPTED, seeker.id));
        assertEquals(1, countOf(NotificationType.INTRODUCTION_ACCEPTED, contact.id));
        assertThrows(IntroductionNotPendingException.class, () -> introductions.decline(contact.id, id));

        // Their thread: only the two of them, with read markers.
        long thread = made.conversationId();
        conversations.send(seeker.id, thread, "Hello Yara! Thanks for agreeing.");
        ConversationView seen = conversations.read(contact.id, thread);
        assertEquals(1, seen.messages().size());
        assertTrue(seen.unread());
        assertFalse(seen.messages().getFirst().mine());
        assertTrue(conversations.read(seeker.id, thread).messages().getFirst().readByOther(), "Yara has read it");
        assertThrows(ConversationNotFoundException.class, () -> conversations.read(giver.id, thread));
        assertThrows(IntroductionNotFoundException.class, () -> introductions.get(person("Stranger").id, id));
        assertTrue(introductions.whomICanIntroduce(giver.id).stream().anyMatch(p -> p.id() == seeker.id));
        assertEquals(match, matches.get(giver.id, match).id());
    }

    @Test
    void aDeclineReadsNotThisTimeToEveryoneAndSaysNotWhose() {
        Person seeker = person("Xena");
        Person giver = person("Gus");
        Person contact = person("Yuri");
        acceptedMatch(seeker, giver, HelpKind.ADVICE); // they know each other: Gus gave advice to Xena

        long id = introductions.propose(giver.id, seeker.id, contact.id, "You both care about open data.");
        assertTrue(introductions.get(seeker.id, id).awaitingMyAnswer(), "not asked for: both are asked");
        assertTrue(introductions.get(contact.id, id).awaitingMyAnswer());
        introductions.agree(seeker.id, id);
        assertTrue(introductions.get(seeker.id, id).isPending());

        introductions.decline(contact.id, id);

        IntroductionView forSeeker = introductions.get(seeker.id, id);
        assertTrue(forSeeker.isNotThisTime());
        assertNull(forSeeker.otherContactDetails());
        assertNull(forSeeker.conversationId());
        assertTrue(introductions.get(giver.id, id).isNotThisTime());
        assertEquals(1, countOf(NotificationType.INTRODUCTION_NOT_THIS_TIME, seeker.id));
        assertEquals(1, countOf(NotificationType.INTRODUCTION_NOT_THIS_TIME, giver.id));
        assertEquals(0, countOf(NotificationType.INTRODUCTION_NOT_THIS_TIME, contact.id), "who declined is not told again");
        assertThrows(IntroductionNotPendingException.class, () -> introductions.agree(seeker.id, id));
        // After a "no", the same two can be introduced again some day.
        introductions.propose(giver.id, seeker.id, contact.id, "Let us try again, the project changed.");
    }

    @Test
    void onlyPeopleTheIntroducerKnowsCanBeIntroducedOnceWithAReason() {
        Person seeker = person("Xu");
        Person giver = person("Gil");
        Person contact = person("Yan");
        Person stranger = person("Stranger");
        acceptedMatch(seeker, giver, HelpKind.ADVICE);

        assertRefused("seeker", () -> introductions.propose(giver.id, stranger.id, contact.id, "Why not?"));
        assertRefused("blurb", () -> introductions.propose(giver.id, seeker.id, contact.id, "  "));
        assertRefused("blurb", () -> introductions.propose(giver.id, seeker.id, contact.id, "b".repeat(1001)));
        assertRefused("contact", () -> introductions.propose(giver.id, seeker.id, giver.id, "Me!"));
        assertRefused("seeker", () -> introductions.propose(giver.id, seeker.id, seeker.id, "Yourself"));
        long id = introductions.propose(giver.id, seeker.id, contact.id, "Good reasons.");
        assertRefused("seeker", () -> introductions.propose(giver.id, seeker.id, contact.id, "Again"));
        assertThrows(IntroductionNotFoundException.class, () -> introductions.agree(giver.id, id), "the introducer has nothing to answer");
        assertThrows(IntroductionNotFoundException.class, () -> introductions.decline(stranger.id, id));
    }

    @Test
    void anUnansweredIntroductionExpiresOnceEvenWhenTwoInstancesTry() throws Exception {
        Person seeker = person("Xia");
        Person giver = person("Gail");
        Person contact = person("Yves");
        acceptedMatch(seeker, giver, HelpKind.INTRODUCTION);
        long id = introductions.propose(giver.id, seeker.id, contact.id, "Two people who should talk.");
        // Due in ten minutes, expired as if an hour had passed: the application's own timer leaves it alone.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(1));
        testData.introductionExpiresAt(id, now.minus(Duration.ofMinutes(50)));
        assertTrue(introductions.findDue(now).contains(id));

        List<Race.Outcome<Boolean>> outcomes = Race.run(executor,
                List.of(() -> introductions.expire(id, now), () -> introductions.expire(id, now)));

        // MariaDB may settle the tie with a deadlock instead of a wait: that instance's transaction
        // rolls back and it claimed nothing (its job logs it and goes on). Any other failure is a bug.
        for (Race.Outcome<Boolean> outcome : outcomes) {
            if (!outcome.succeeded() && !Race.stackTrace(outcome.failure()).contains("Deadlock found")) {
                throw new AssertionError("racer failed:\n" + Race.stackTrace(outcome.failure()));
            }
        }
        List<Boolean> claimed = Race.succeeded(outcomes);
        assertEquals(1, claimed.stream().filter(Boolean::booleanValue).count(), "claimed: " + claimed);
        assertTrue(introductions.get(seeker.id, id).isNotThisTime());
        assertEquals(1, countOf(NotificationType.INTRODUCTION_NOT_THIS_TIME, seeker.id));
        assertEquals(1, countOf(NotificationType.INTRODUCTION_NOT_THIS_TIME, contact.id));
        assertThrows(IntroductionNotPendingException.class, () -> introductions.agree(contact.id, id));
    }

    // ---------------------------------------------------------------- threads

    @Test
    void aMatchThreadIsForItsTwoPeopleAndNotifiesOnceUntilRead() {
        Person requester = person("Rosa");
        Person giver = person("Gabe");
        long match = acceptedMatch(requester, giver, HelpKind.CHAT);

        long thread = conversations.openForMatch(giver.id, match);
        assertEquals(thread, conversations.openForMatch(requester.id, match), "one thread per match");
        assertThrows(BusinessException.class, () -> conversations.openForMatch(person("Nosy").id, match));

        conversations.send(giver.id, thread, "When suits you for our chat?");
        conversations.send(giver.id, thread, "Tuesday morning works for me.");
        assertEquals(1, countOf(NotificationType.MESSAGE_RECEIVED, requester.id), "one notice until read");

        ConversationView read = conversations.read(requester.id, thread);
        assertEquals(List.of("When suits you for our chat?", "Tuesday morning works for me."),
                read.messages().stream().map(m -> m.body()).toList());
        assertEquals(0, notifications.listMine(requester.id).stream()
                .filter(n -> n.type() == NotificationType.MESSAGE_RECEIVED && !n.read()).count(), "reading clears the notice");
        conversations.send(giver.id, thread, "See you then.");
        assertEquals(2, countOf(NotificationType.MESSAGE_RECEIVED, requester.id));

        assertRefused("body", () -> conversations.send(requester.id, thread, " \n "));
        assertRefused("body", () -> conversations.send(requester.id, thread, "x".repeat(2001)));
        conversations.send(requester.id, thread, "é".repeat(2000)); // 2,000 characters is fine
        assertThrows(ConversationNotFoundException.class, () -> conversations.send(person("Nosy").id, thread, "Hi"));
    }

    // ---------------------------------------------------------------- email

    @Test
    void anEmailHasBothPartsEscapedAndAnUnsubscribeLinkThatWorksWithoutSigningIn() throws Exception {
        Person requester = person("Ana <b>&amp; \"Bo\"");
        Person giver = person("Gaston");
        long match = acceptedMatch(requester, giver, HelpKind.CHAT);
        long thread = conversations.openForMatch(requester.id, match);

        conversations.send(requester.id, thread, "A private word that must never be emailed.");

        ReceivedMail mail = onlyMailAbout(giver, "sent you a message");
        assertEquals(List.of(giver.email), mail.to());
        assertEquals("Ana <b>&amp; \"Bo\" sent you a message", mail.subject());
        assertTrue(mail.text().contains("Hello Gaston,"), mail.text());
        assertTrue(mail.text().contains("/conversations/view?id=" + thread), mail.text());
        assertTrue(mail.html().contains("Ana &lt;b&gt;&amp;amp; &quot;Bo&quot;"), "member text is escaped in HTML: " + mail.html());
        assertFalse(mail.html().contains("<b>&amp;"), mail.html());
        assertFalse(mail.text().contains("private word") || mail.html().contains("private word"));
        assertEquals("List-Unsubscribe=One-Click", mail.listUnsubscribePost());
        String link = between(mail.listUnsubscribe(), "<", ">");
        assertTrue(mail.text().contains(link), "the same link is in the text");
        String pathAndQuery = link.substring(link.indexOf("/unsubscribe"));

        // A forged signature changes nothing.
        HttpResponse<String> forged = oneClick(pathAndQuery.replaceAll("&s=[^&]+", "&s=forged"));
        assertEquals(400, forged.statusCode());
        assertEquals(Delivery.IMMEDIATELY, notifications.deliveries(giver.id).get(NotificationType.MESSAGE_RECEIVED));

        HttpResponse<String> unsubscribed = oneClick(pathAndQuery);
        assertEquals(200, unsubscribed.statusCode(), unsubscribed.body());
        assertEquals(Delivery.OFF, notifications.deliveries(giver.id).get(NotificationType.MESSAGE_RECEIVED));
        assertEquals(Delivery.IMMEDIATELY, notifications.deliveries(giver.id).get(NotificationType.THANKS_RECEIVED),
                "only that type is stopped");

        conversations.read(giver.id, thread);
        conversations.send(requester.id, thread, "Another one.");
        assertEquals(List.of(MailStatus.SENT, MailStatus.NONE), testData.mailStatusesOf(giver.id, NotificationType.MESSAGE_RECEIVED));
        assertEquals(2, countOf(NotificationType.MESSAGE_RECEIVED, giver.id), "the app still shows it");
    }

    @Test
    void theDailyDigestGoesOutOnceADayEvenWhenTwoInstancesSendAtOnce() throws Exception {
        Person member = person("Dana");
        Person giverOne = person("Giver One");
        Person giverTwo = person("Giver Two");
        notifications.chooseDeliveries(member.id, Map.of(NotificationType.PROPOSAL_ACCEPTED, Delivery.DAILY_DIGEST,
                NotificationType.MESSAGE_RECEIVED, Delivery.DAILY_DIGEST));
        long first = acceptedMatch(member, giverOne, HelpKind.ADVICE);
        acceptedMatch(member, giverTwo, HelpKind.ADVICE);
        conversations.send(giverOne.id, conversations.openForMatch(giverOne.id, first), "Hello Dana");
        assertEquals(List.of(MailStatus.DIGEST, MailStatus.DIGEST), testData.mailStatusesOf(member.id, NotificationType.PROPOSAL_ACCEPTED));

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant noon = today.atTime(12, 0).toInstant(ZoneOffset.UTC);
        assertEquals(0, digests.sendDue(today.atTime(5, 0).toInstant(ZoneOffset.UTC)), "not before the digest hour");
        List<Integer> sent = Race.values(executor, List.of(() -> digests.sendDue(noon), () -> digests.sendDue(noon), () -> digests.sendDue(noon)));

        List<ReceivedMail> mails = Mailbox.of(member.email).await(1, MAIL_WAIT);
        Thread.sleep(1_000); // a second digest, if there were one, would have arrived by now
        mails = Mailbox.of(member.email).read();
        List<ReceivedMail> digestsReceived = mails.stream().filter(m -> m.subject().startsWith("Your GiveFirst day")).toList();
        assertEquals(1, digestsReceived.size(), "sent: " + sent + ", received: " + mails.stream().map(ReceivedMail::subject).toList());
        ReceivedMail digest = digestsReceived.getFirst();
        assertEquals("Your GiveFirst day: 3 updates", digest.subject());
        assertTrue(digest.text().contains("Giver One accepted your request"), digest.text());
        assertTrue(digest.text().contains("Giver Two accepted your request"), digest.text());
        assertTrue(digest.html().contains("<li>"), digest.html());
        assertEquals(List.of(MailStatus.DIGESTED, MailStatus.DIGESTED), testData.mailStatusesOf(member.id, NotificationType.PROPOSAL_ACCEPTED));
        assertEquals(0, digests.sendDue(noon.plusSeconds(3600)), "once a day");
    }

    // ---------------------------------------------------------------- nudges

    @Test
    void aProposalUnansweredForTwoDaysRemindsTheGiverOnce() throws Exception {
        Person requester = withAnOffer(person("Rita"));
        Person giver = person("Gordon");
        String tag = tag();
        long offer = offer(giver, HelpKind.ADVICE, 2, tag);
        long request = ask(requester, HelpKind.ADVICE, tag());
        // Seen an hour from now, so that the application's own timer (on the real clock) is not yet due to remind.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(1));
        long match = testData.propose(request, offer, now.minus(Duration.ofMinutes(48 * 60 + 30)), now.plus(Duration.ofHours(23)));
        long fresh = testData.propose(ask(requester, HelpKind.ADVICE, tag()), offer, now.minus(Duration.ofHours(47)), now.plus(Duration.ofHours(25)));

        List<Long> due = nudges.findProposalsToRemind(now);
        assertTrue(due.contains(match));
        assertFalse(due.contains(fresh), "not before 48 hours");
        List<Boolean> claimed = Race.values(executor, List.of(() -> nudges.remind(match, now), () -> nudges.remind(match, now)));

        assertEquals(1, claimed.stream().filter(Boolean::booleanValue).count());
        assertEquals(1, countOf(NotificationType.PROPOSAL_REMINDER, giver.id));
        ReceivedMail reminder = onlyMailAbout(giver, "is waiting for an answer");
        assertTrue(reminder.text().contains("/inbox"), reminder.text());
        assertFalse(nudges.findProposalsToRemind(now).contains(match), "reminded once");
    }

    @Test
    void aGiverWhoseLastThreeProposalsExpiredIsPausedKindlyUntilTheyResume() {
        Person giver = person("Greta");
        long offer = offer(giver, HelpKind.ADVICE, 5, tag());
        // Due within the hour and expired as if it had passed: the application's own timer leaves them alone.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(1));
        List<Long> proposals = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Person requester = withAnOffer(person("Rob " + i)); // a member may have three requests open
            proposals.add(testData.propose(ask(requester, HelpKind.ADVICE, tag()), offer,
                    now.minus(Duration.ofHours(80 - i)), now.minus(Duration.ofMinutes(30 - i))));
        }
        assertTrue(expiry.expire(proposals.get(0), now));
        assertTrue(expiry.expire(proposals.get(1), now));
        assertEquals(OfferStatus.ACTIVE, testData.offerStatusOf(offer), "two unanswered are not three");
        assertTrue(expiry.expire(proposals.get(2), now));

        assertEquals(OfferStatus.PAUSED, testData.offerStatusOf(offer));
        assertEquals(1, countOf(NotificationType.GIVING_PAUSED, giver.id));
        ReceivedMail told = onlyMailAbout(giver, "We paused your offers");
        assertTrue(told.text().contains("resume all"), told.text());

        offers.resumeAll(giver.id);
        assertEquals(OfferStatus.ACTIVE, testData.offerStatusOf(offer));
        assertTrue(expiry.expire(proposals.get(3), now));
        assertEquals(OfferStatus.ACTIVE, testData.offerStatusOf(offer), "after resuming, the count starts again");
        assertEquals(1, countOf(NotificationType.GIVING_PAUSED, giver.id));
    }

    @Test
    void aRequestNobodyTookInAWeekGetsIdeasOnce() throws Exception {
        Person requester = withAnOffer(person("Rhea"));
        long request = ask(requester, HelpKind.REFERENCE, tag());
        long recent = ask(requester, HelpKind.REFERENCE, tag());
        // Seen a day from now, so that the application's own timer (on the real clock) is not yet due to send tips.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(1));
        testData.postedAt(request, now.minus(Duration.ofHours(7 * 24 + 12)));

        List<Long> due = nudges.findRequestsForTips(now);
        assertTrue(due.contains(request));
        assertFalse(due.contains(recent));
        List<Boolean> claimed = Race.values(executor, List.of(() -> nudges.sendTips(request, now), () -> nudges.sendTips(request, now)));

        assertEquals(1, claimed.stream().filter(Boolean::booleanValue).count());
        assertEquals(1, countOf(NotificationType.REQUEST_TIPS, requester.id));
        ReceivedMail tips = onlyMailAbout(requester, "Ideas for your request");
        assertTrue(tips.text().contains("/requests/view?id=" + request), tips.text());
    }

    // ---------------------------------------------------------------- helpers

    private record Person(long id, String email) {
    }

    private Person person(String name) {
        String email = "member-" + UUID.randomUUID() + "@example.org";
        return new Person(accounts.register(new Registration(name, email, PASSWORD, true)).id(), email);
    }

    private Person withAnOffer(Person person) {
        offer(person, HelpKind.CHAT, 2, tag());
        return person;
    }

    /** An accepted match: the giver offers this kind, the requester (who offers too) asks, the giver accepts. */
    private long acceptedMatch(Person requester, Person giver, HelpKind kind) {
        String shared = tag();
        long offer = offer(giver, kind, 5, shared);
        if (!offers.hasOffered(requester.id)) {
            withAnOffer(requester);
        }
        long request = ask(requester, kind, shared);
        long match = requests.getMine(requester.id, request).matches().stream()
                .filter(m -> m.giverId() == giver.id).findFirst()
                .map(m -> m.id()).orElseGet(() -> testData.propose(request, offer));
        matches.accept(giver.id, match);
        return match;
    }

    private long offer(Person giver, HelpKind kind, int capacity, String tag) {
        return offers.post(giver.id, new OfferDraft(kind, token() + " " + token(), null, List.of(Tag.of(tag)), capacity));
    }

    private long ask(Person requester, HelpKind kind, String tag) {
        return requests.post(requester.id, new RequestDraft(kind, token() + " " + token(), null, List.of(Tag.of(tag)), null, 1));
    }

    private static String token() {
        return "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String tag() {
        return token();
    }

    private long countOf(NotificationType type, long recipient) {
        return notifications.listMine(recipient).stream().map(NotificationView::type).filter(type::equals).count();
    }

    /** The one email whose subject contains {@code subjectPart}, waiting for it to arrive. */
    private static ReceivedMail onlyMailAbout(Person person, String subjectPart) {
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        List<ReceivedMail> matching = List.of();
        while (matching.isEmpty() && System.nanoTime() < deadline) {
            matching = Mailbox.of(person.email).await(1, Duration.ofSeconds(2)).stream()
                    .filter(m -> m.subject().contains(subjectPart)).toList();
        }
        assertEquals(1, matching.size(), () -> "emails to " + person.email + ": "
                + Mailbox.of(person.email).read().stream().map(ReceivedMail::subject).toList());
        ReceivedMail mail = matching.getFirst();
        assertNotNull(mail.text(), "a plain-text part");
        assertNotNull(mail.html(), "an HTML part");
        return mail;
    }

    private HttpResponse<String> oneClick(String pathAndQuery) throws Exception {
        URI uri = URI.create(base.toString().replaceAll("/$", "") + pathAndQuery);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static void assertRefused(String field, Executable useCase) {
        BusinessException refusal = assertThrows(InvalidValueException.class, useCase);
        assertEquals(Optional.of(field), refusal.getField());
    }
}
