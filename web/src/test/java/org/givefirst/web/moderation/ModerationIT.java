package org.givefirst.web.moderation;

import jakarta.ejb.EJB;
import org.givefirst.domain.audit.AuditEventType;
import org.givefirst.domain.match.MatchStatus;
import org.givefirst.domain.member.Role;
import org.givefirst.domain.moderation.BlockedException;
import org.givefirst.domain.moderation.ReportAlreadyResolvedException;
import org.givefirst.domain.moderation.ReportOutcome;
import org.givefirst.domain.moderation.ReportReason;
import org.givefirst.domain.moderation.ReportSubject;
import org.givefirst.domain.notification.NotificationType;
import org.givefirst.domain.offer.OfferStatus;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.domain.shared.NotFoundException;
import org.givefirst.domain.shared.Tag;
import org.givefirst.ejb.administration.AdministrationService;
import org.givefirst.ejb.audit.AuditFilter;
import org.givefirst.ejb.audit.AuditLine;
import org.givefirst.ejb.conversation.ConversationService;
import org.givefirst.ejb.conversation.MessageView;
import org.givefirst.ejb.introduction.IntroductionService;
import org.givefirst.ejb.match.MatchService;
import org.givefirst.ejb.match.MatchView;
import org.givefirst.ejb.member.AccountService;
import org.givefirst.ejb.member.Registration;
import org.givefirst.ejb.moderation.BlockService;
import org.givefirst.ejb.moderation.CannotSuspendStaffException;
import org.givefirst.ejb.moderation.ModerationService;
import org.givefirst.ejb.moderation.NotAModeratorException;
import org.givefirst.ejb.moderation.ReportLine;
import org.givefirst.ejb.moderation.ReportService;
import org.givefirst.ejb.notification.NotificationService;
import org.givefirst.ejb.notification.NotificationView;
import org.givefirst.ejb.offer.OfferDraft;
import org.givefirst.ejb.offer.OfferService;
import org.givefirst.ejb.request.HelpRequestService;
import org.givefirst.ejb.request.RequestDraft;
import org.givefirst.web.support.Deployments;
import org.givefirst.web.support.Founder;
import org.givefirst.web.support.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Blocks, reports and moderation inside Payara Micro: a block keeps two members apart either way
 * (proposals withdrawn and never made again, no messages, no introductions); members report only
 * what they can see; each decision of a moderator does what it says, once, and is logged; a
 * suspended member's sessions end and they cannot sign in until the suspension is lifted.
 */
@ExtendWith(ArquillianExtension.class)
class ModerationIT {

    private static final String PASSWORD = "a long and quiet river";

    @Deployment
    static WebArchive deployment() {
        return Deployments.givefirstWar().addClasses(TestData.class, Founder.class);
    }

    @EJB
    private AccountService accounts;

    @EJB
    private AdministrationService administration;

    @EJB
    private OfferService offers;

    @EJB
    private HelpRequestService requests;

    @EJB
    private MatchService matches;

    @EJB
    private ConversationService conversations;

    @EJB
    private IntroductionService introductions;

    @EJB
    private NotificationService notifications;

    @EJB
    private BlockService blocks;

    @EJB
    private ReportService reports;

    @EJB
    private ModerationService moderation;

    @EJB
    private TestData testData;

    // ---------------------------------------------------------------- blocks

    @Test
    void aBlockWithdrawsProposalsAndKeepsTheTwoApartEitherWay() {
        long giver = person("Gale Giver");
        long requester = withAnOffer(person("Rae Requester"));
        String shared = tag();
        offer(giver, HelpKind.ADVICE, shared);
        long request = ask(requester, HelpKind.ADVICE, shared);
        long proposal = proposalTo(requester, request, giver).orElseThrow();

        blocks.block(giver, requester);

        assertEquals(MatchStatus.WITHDRAWN, testData.statusOf(proposal));
        long again = ask(requester, HelpKind.ADVICE, shared);
        assertEquals(Optional.empty(), proposalTo(requester, again, giver), "never proposed again, whoever blocked");
        assertTrue(blocks.isBlockedBy(giver, requester));
        assertFalse(blocks.isBlockedBy(requester, giver), "a block is the blocker's own");
        assertEquals(List.of(requester), blocks.blockedBy(giver).stream().map(m -> m.id()).toList());
        requests.close(requester, request); // within the open-request cap for what follows
        requests.close(requester, again);

        // An introduction of the two, by someone who knows the requester: refused.
        long introducer = person("Ike Introducer");
        acceptedMatch(requester, introducer, HelpKind.INTRODUCTION);
        assertThrows(BlockedException.class, () -> introductions.propose(introducer, requester, giver, "You should meet."));

        // Two members who already talk: the block ends their messages, both ways, until it is lifted.
        long helper = person("Hal Helper");
        long thread = conversations.openForMatch(helper, acceptedMatch(requester, helper, HelpKind.CHAT));
        conversations.send(helper, thread, "Shall we talk on Tuesday?");
        blocks.block(requester, helper);
        assertThrows(BlockedException.class, () -> conversations.send(helper, thread, "Hello?"));
        assertThrows(BlockedException.class, () -> conversations.send(requester, thread, "Bye"));
        blocks.unblock(requester, helper);
        conversations.send(requester, thread, "Sorry, wrong button. Tuesday works.");
        assertEquals(2, conversations.read(helper, thread).messages().size());
    }

    // ---------------------------------------------------------------- reports

    @Test
    void membersReportOnlyWhatTheyCanSee() {
        long reporter = person("Rita Reporter");
        long other = withAnOffer(person("Otto Other"));
        long otherRequest = ask(other, HelpKind.ADVICE, tag());

        assertThrows(InvalidValueException.class,
                () -> reports.report(reporter, ReportSubject.MEMBER, reporter, ReportReason.SPAM, null), "not oneself");
        assertThrows(NotFoundException.class,
                () -> reports.report(reporter, ReportSubject.REQUEST, otherRequest, ReportReason.SPAM, null),
                "a request they were never asked about");
        assertThrows(NotFoundException.class,
                () -> reports.report(reporter, ReportSubject.MESSAGE, 987_654_321L, ReportReason.SPAM, null));
        InvalidValueException noReason = assertThrows(InvalidValueException.class,
                () -> reports.report(reporter, ReportSubject.MEMBER, other, null, null));
        assertEquals(Optional.of("reason"), noReason.getField());
        assertThrows(NotAModeratorException.class, () -> moderation.queue(reporter, null));
        assertThrows(NotAModeratorException.class,
                () -> moderation.decide(reporter, 1L, ReportOutcome.DISMISSED, null));
    }

    @Test
    void aModeratorHidesAMessageAndAnOfferAndWarnsWithANote() {
        long moderator = moderator();
        long reporter = person("Rosa Reporter");
        long writer = person("Wes Writer");
        long thread = conversations.openForMatch(writer, acceptedMatch(reporter, writer, HelpKind.CHAT));
        conversations.send(writer, thread, "Buy cheap followers at spam.example!");
        long message = conversations.read(reporter, thread).messages().getFirst().id();

        long messageReport = reports.report(reporter, ReportSubject.MESSAGE, message, ReportReason.SPAM,
                "<b>Spam</b> in our thread");
        ReportLine line = lineOf(moderator, messageReport);
        assertEquals("Wes Writer", line.target().memberName());
        assertEquals("Buy cheap followers at spam.example!", line.target().text());
        assertEquals("<b>Spam</b> in our thread", line.details());

        moderation.decide(moderator, messageReport, ReportOutcome.CONTENT_HIDDEN, null);
        MessageView hidden = conversations.read(reporter, thread).messages().getFirst();
        assertTrue(hidden.hidden());
        assertNull(hidden.body(), "what it said never leaves the service again");
        assertTrue(conversations.read(writer, thread).messages().getFirst().hidden(), "for both of them");
        assertThrows(ReportAlreadyResolvedException.class,
                () -> moderation.decide(moderator, messageReport, ReportOutcome.DISMISSED, null));
        assertTrue(moderation.queue(moderator, null).items().stream().noneMatch(r -> r.id() == messageReport));

        long offer = offer(writer, HelpKind.ADVICE, tag());
        long offerReport = reports.report(reporter, ReportSubject.OFFER, offer, ReportReason.INAPPROPRIATE, null);
        InvalidValueException noNote = assertThrows(InvalidValueException.class,
                () -> moderation.decide(moderator, offerReport, ReportOutcome.WARNED, " "));
        assertEquals(Optional.of("note"), noNote.getField());
        assertTrue(moderation.queue(moderator, null).items().stream().anyMatch(r -> r.id() == offerReport),
                "still open: a refused decision changes nothing");
        moderation.decide(moderator, offerReport, ReportOutcome.WARNED, "Offers are for helping, not for selling.");
        NotificationView warning = notifications.listMine(writer).stream()
                .filter(n -> n.type() == NotificationType.MODERATION_WARNING).findFirst().orElseThrow();
        assertEquals("Offers are for helping, not for selling.", warning.subject());
        long secondReport = reports.report(reporter, ReportSubject.OFFER, offer, ReportReason.SPAM, null);
        moderation.decide(moderator, secondReport, ReportOutcome.CONTENT_HIDDEN, null);
        assertEquals(OfferStatus.CLOSED, testData.offerStatusOf(offer));

        List<AuditEventType> logged = administration.auditLog(Founder.signIn(accounts),
                        new AuditFilter(null, null, null, null, null), null).items().stream()
                .filter(e -> Long.valueOf(writer).equals(e.memberId())).map(AuditLine::type).toList();
        assertEquals(List.of(AuditEventType.CONTENT_HIDDEN, AuditEventType.WARNED, AuditEventType.CONTENT_HIDDEN),
                logged.subList(0, 3));
    }

    @Test
    void aSuspendedMemberIsSignedOutEverywhereCannotSignInAndGivesNoMore() {
        long moderator = moderator();
        long reporter = withAnOffer(person("Rob Reporter"));
        String email = "member-" + UUID.randomUUID() + "@example.org";
        long troll = accounts.register(new Registration("Tro Troll", email, PASSWORD, true)).id();
        String shared = tag();
        offer(troll, HelpKind.ADVICE, shared);
        long request = ask(reporter, HelpKind.ADVICE, shared);
        long proposal = proposalTo(reporter, request, troll).orElseThrow();
        int epoch = accounts.findSignedIn(troll).orElseThrow().sessionEpoch();

        long report = reports.report(reporter, ReportSubject.MEMBER, troll, ReportReason.HARASSMENT, "Rude to everyone.");
        moderation.decide(moderator, report, ReportOutcome.SUSPENDED, null);

        assertTrue(accounts.findSignedIn(troll).orElseThrow().suspended());
        assertEquals(epoch + 1, accounts.findSignedIn(troll).orElseThrow().sessionEpoch(), "every session ends");
        assertTrue(accounts.authenticate(email, PASSWORD).orElseThrow().suspended(), "the sign-in is refused");
        assertEquals(MatchStatus.WITHDRAWN, testData.statusOf(proposal));
        assertEquals(Optional.empty(), proposalTo(reporter, ask(reporter, HelpKind.ADVICE, shared), troll));
        assertTrue(moderation.suspended(moderator).stream().anyMatch(s -> s.id() == troll));

        moderation.liftSuspension(moderator, troll);
        assertFalse(accounts.authenticate(email, PASSWORD).orElseThrow().suspended());
        List<AuditEventType> logged = administration.auditLog(Founder.signIn(accounts),
                new AuditFilter(null, email, null, null, null), null).items().stream().map(AuditLine::type).toList();
        assertEquals(List.of(AuditEventType.SIGNED_IN, AuditEventType.SUSPENSION_LIFTED, AuditEventType.SIGN_IN_FAILED,
                AuditEventType.SUSPENDED), logged.subList(0, 4));

        // Staff are not suspended from the queue, and nobody suspends themselves.
        long another = reports.report(reporter, ReportSubject.MEMBER, moderator, ReportReason.OTHER, null);
        assertThrows(CannotSuspendStaffException.class,
                () -> moderation.decide(Founder.signIn(accounts), another, ReportOutcome.SUSPENDED, null));
        moderation.decide(Founder.signIn(accounts), another, ReportOutcome.DISMISSED, null);
    }

    // ---------------------------------------------------------------- helpers

    /** A new member made a moderator by the founder. */
    private long moderator() {
        long moderator = person("Mo Moderator");
        administration.changeRole(Founder.signIn(accounts), moderator, Role.MODERATOR);
        return moderator;
    }

    private ReportLine lineOf(long moderator, long reportId) {
        return moderation.queue(moderator, null).items().stream().filter(r -> r.id() == reportId).findFirst().orElseThrow();
    }

    private long person(String name) {
        return accounts.register(new Registration(name, "member-" + UUID.randomUUID() + "@example.org", PASSWORD, true)).id();
    }

    private long withAnOffer(long member) {
        offer(member, HelpKind.CHAT, tag());
        return member;
    }

    private long offer(long giver, HelpKind kind, String tag) {
        return offers.post(giver, new OfferDraft(kind, token() + " " + token(), null, List.of(Tag.of(tag)), 5));
    }

    private long ask(long requester, HelpKind kind, String tag) {
        return requests.post(requester, new RequestDraft(kind, token() + " " + token(), null, List.of(Tag.of(tag)), null, 1));
    }

    private Optional<Long> proposalTo(long requester, long request, long giver) {
        return requests.getMine(requester, request).matches().stream().filter(m -> m.giverId() == giver)
                .filter(m -> m.status() == MatchStatus.PROPOSED).map(MatchView::id).findFirst();
    }

    /** An accepted match: the giver offers this kind, the requester (who offers too) asks, the giver accepts. */
    private long acceptedMatch(long requester, long giver, HelpKind kind) {
        String shared = tag();
        long offer = offer(giver, kind, shared);
        if (!offers.hasOffered(requester)) {
            withAnOffer(requester);
        }
        long request = ask(requester, kind, shared);
        long match = proposalTo(requester, request, giver).orElseGet(() -> testData.propose(request, offer));
        matches.accept(giver, match);
        return match;
    }

    private static String token() {
        return "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String tag() {
        return token();
    }
}
