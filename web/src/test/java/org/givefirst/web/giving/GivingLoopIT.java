package org.givefirst.web.giving;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.givefirst.domain.match.MatchNotInThatStateException;
import org.givefirst.domain.match.MatchStatus;
import org.givefirst.domain.match.WrittenReference;
import org.givefirst.domain.notification.NotificationType;
import org.givefirst.domain.request.RequestStatus;
import org.givefirst.domain.shared.BusinessException;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.domain.shared.NotFoundException;
import org.givefirst.domain.shared.Tag;
import org.givefirst.ejb.dashboard.Dashboard;
import org.givefirst.ejb.dashboard.DashboardLine;
import org.givefirst.ejb.dashboard.DashboardService;
import org.givefirst.ejb.match.CapacityExhaustedException;
import org.givefirst.ejb.match.MatchAlreadyTakenException;
import org.givefirst.ejb.match.MatchNotFoundException;
import org.givefirst.ejb.match.MatchService;
import org.givefirst.ejb.match.MatchView;
import org.givefirst.ejb.match.ProposalExpiry;
import org.givefirst.ejb.member.AccountService;
import org.givefirst.ejb.member.Registration;
import org.givefirst.ejb.notification.NotificationService;
import org.givefirst.ejb.notification.NotificationView;
import org.givefirst.ejb.offer.ActiveOffer;
import org.givefirst.ejb.offer.OfferDraft;
import org.givefirst.ejb.offer.OfferService;
import org.givefirst.ejb.offer.OfferView;
import org.givefirst.ejb.profile.GivingRecord;
import org.givefirst.ejb.profile.CommunityGift;
import org.givefirst.ejb.profile.GivingService;
import org.givefirst.ejb.profile.RecentGiving;
import org.givefirst.ejb.request.GiveFirstRuleException;
import org.givefirst.ejb.request.HelpRequestService;
import org.givefirst.ejb.request.OpenRequestCapException;
import org.givefirst.ejb.request.RequestDraft;
import org.givefirst.ejb.request.RequestView;
import org.givefirst.ejb.shared.Page;
import org.givefirst.web.support.Deployments;
import org.givefirst.web.support.Race;
import org.givefirst.web.support.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The giving loop against the real datasource, inside Payara Micro: offers, requests, matching,
 * accepting (also by many people at once), giving, thanking, expiry, and who may see and do what.
 *
 * <p>Every test uses tags and title words of its own (random tokens), so matching never pairs
 * the data of one test with another's, and every assertion about matching is exact.
 */
@ExtendWith(ArquillianExtension.class)
class GivingLoopIT {

    private static final String PASSWORD = "a long and quiet river";

    @Deployment
    static WebArchive deployment() {
        return Deployments.givefirstWar().addClasses(TestData.class, Race.class);
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
    private ProposalExpiry expiry;

    @EJB
    private NotificationService notifications;

    @EJB
    private GivingService giving;

    @EJB
    private RecentGiving recentGiving;

    @EJB
    private DashboardService dashboards;

    @EJB
    private TestData testData;

    @Resource
    private ManagedExecutorService executor;

    // ---------------------------------------------------------------- accepting at the same moment

    @Test
    void ofTwentyGiversAcceptingOneRequestAtOnceExactlyOneGetsIt() throws Exception {
        long requester = memberWithAnOffer("Requester");
        long request = ask(requester, HelpKind.CHAT, 1, tag());
        assertTrue(requests.getMine(requester, request).matches().isEmpty(), "matching found nobody for unique tags");

        int racers = 20;
        long[] givers = new long[racers];
        long[] proposals = new long[racers];
        for (int i = 0; i < racers; i++) {
            givers[i] = member("Giver " + i);
            long offer = offer(givers[i], HelpKind.CHAT, 2, tag());
            proposals[i] = testData.propose(request, offer);
        }
        assertEquals(racers, requests.getMine(requester, request).proposalsPending());

        List<Race.Outcome<MatchView>> outcomes = Race.run(executor, IntStream.range(0, racers)
                .<Callable<MatchView>>mapToObj(i -> () -> matches.accept(givers[i], proposals[i])).toList());

        List<MatchView> won = Race.succeeded(outcomes);
        assertEquals(1, won.size(), () -> "winners: " + won + "\n" + Race.failures(outcomes));
        Race.assertAllFailedWith(MatchAlreadyTakenException.class, outcomes);
        MatchView winner = won.get(0);
        assertEquals(MatchStatus.ACCEPTED, winner.status());

        RequestView after = requests.getMine(requester, request);
        assertEquals(RequestStatus.MATCHED, after.status());
        assertEquals(1, after.acceptedCount());
        assertEquals(0, after.proposalsPending());
        Map<MatchStatus, Long> byStatus = after.matches().stream()
                .collect(Collectors.groupingBy(MatchView::status, Collectors.counting()));
        assertEquals(Map.of(MatchStatus.ACCEPTED, 1L, MatchStatus.WITHDRAWN, (long) racers - 1), byStatus);
        assertEquals(winner.id(), after.matches().stream().filter(MatchView::isAccepted).findFirst().orElseThrow().id());
        assertEquals(1, countOf(NotificationType.PROPOSAL_ACCEPTED, requester), "one acceptance, told once");

        // Too late is too late, also after the race.
        int loser = winner.giverId() == givers[0] ? 1 : 0;
        assertThrows(MatchAlreadyTakenException.class, () -> matches.accept(givers[loser], proposals[loser]));
    }

    @Test
    void aGiverWithCapacityForOneAcceptingTwoMatchesAtOnceGivesOnce() throws Exception {
        for (int round = 1; round <= 5; round++) {
            String shared = tag();
            long giver = member("Busy giver " + round);
            long offer = offer(giver, HelpKind.ADVICE, 1, shared);
            long requester = memberWithAnOffer("Asker " + round);
            long firstRequest = ask(requester, HelpKind.ADVICE, 1, shared);
            long secondRequest = ask(requester, HelpKind.ADVICE, 1, shared);
            long firstMatch = onlyMatchOf(requester, firstRequest, giver).id();
            long secondMatch = onlyMatchOf(requester, secondRequest, giver).id();

            List<Race.Outcome<MatchView>> outcomes = Race.run(executor, List.of(
                    () -> matches.accept(giver, firstMatch),
                    () -> matches.accept(giver, secondMatch)));

            int r = round;
            List<MatchView> won = Race.succeeded(outcomes);
            assertEquals(1, won.size(), () -> "round " + r + ": " + won + "\n" + Race.failures(outcomes));
            Race.assertAllFailedWith(CapacityExhaustedException.class, outcomes);

            long wonRequest = won.get(0).requestId();
            long lostRequest = wonRequest == firstRequest ? secondRequest : firstRequest;
            RequestView given = requests.getMine(requester, wonRequest);
            assertEquals(RequestStatus.MATCHED, given.status(), "round " + round);
            assertEquals(1, given.acceptedCount(), "round " + round);
            RequestView notGiven = requests.getMine(requester, lostRequest);
            assertEquals(RequestStatus.OPEN, notGiven.status(), "round " + round + ": the refused accept took no slot");
            assertEquals(0, notGiven.acceptedCount(), "round " + round);
            assertEquals(MatchStatus.PROPOSED, onlyMatchOf(requester, lostRequest, giver).status(), "round " + round);
            assertEquals(0, offerOf(giver, offer).remainingThisMonth(), "round " + round);
            assertEquals(Set.of(MatchStatus.ACCEPTED, MatchStatus.PROPOSED),
                    matches.inbox(giver).stream().map(MatchView::status).collect(Collectors.toSet()), "round " + round);
        }
    }

    // ---------------------------------------------------------------- who may see and do what

    @Test
    void onlyTheTwoPartiesSeeAndActOnAMatch() {
        Proposal proposal = proposal("Giver", "Requester", HelpKind.REFERENCE);
        long giver = proposal.giver();
        long requester = proposal.requester();
        long request = proposal.request();
        long match = proposal.match();
        long stranger = member("Stranger");
        WrittenReference reference = aReference();

        for (long id : new long[] {match, Long.MAX_VALUE, -1}) {
            assertThrows(MatchNotFoundException.class, () -> matches.get(stranger, id));
            assertThrows(MatchNotFoundException.class, () -> matches.accept(stranger, id));
            assertThrows(MatchNotFoundException.class, () -> matches.decline(stranger, id, "no", null));
            assertThrows(MatchNotFoundException.class, () -> matches.writeReference(stranger, id, reference));
            assertThrows(MatchNotFoundException.class, () -> matches.thank(stranger, id, "thanks"));
            assertThrows(MatchNotFoundException.class, () -> matches.showOnProfile(stranger, id, true));
        }
        assertThrows(MatchNotFoundException.class, () -> matches.get(giver, Long.MAX_VALUE));
        assertThrows(MatchNotFoundException.class, () -> matches.accept(requester, match), "the requester cannot accept");
        assertThrows(MatchNotFoundException.class, () -> matches.decline(requester, match, null, null));
        assertThrows(MatchNotFoundException.class, () -> matches.writeReference(requester, match, reference));
        assertThrows(MatchNotFoundException.class, () -> matches.thank(giver, match, "thanks"), "the giver cannot thank");
        assertThrows(MatchNotFoundException.class, () -> matches.get(requester, match),
                "who was asked stays private until they accept");
        assertTrue(matches.inbox(stranger).isEmpty());
        assertEquals(MatchStatus.PROPOSED, testData.statusOf(match), "nobody's attempt changed anything");

        assertThrows(NotFoundException.class, () -> requests.getMine(stranger, request));
        assertThrows(NotFoundException.class, () -> requests.getMine(giver, request), "not even the proposed giver");
        assertThrows(NotFoundException.class, () -> requests.getMine(requester, Long.MAX_VALUE));
        assertThrows(NotFoundException.class, () -> requests.close(stranger, request));
        assertEquals(RequestStatus.OPEN, requests.getMine(requester, request).status());

        matches.accept(giver, match);
        assertThrows(MatchNotFoundException.class, () -> matches.thank(giver, match, "thanks"), "the giver cannot thank");
        assertThrows(MatchNotFoundException.class, () -> matches.thank(stranger, match, "thanks"));
        matches.writeReference(giver, match, reference);

        assertThrows(MatchNotFoundException.class, () -> matches.get(stranger, match), "a private reference stays private");
        assertEquals(reference, matches.get(requester, match).reference());
        assertEquals(reference, matches.get(giver, match).reference());
        assertTrue(giving.shownRecommendationsOf(requester).isEmpty(), "private until the requester shows it");
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void badOffersAreRefusedFieldByFieldAndNothingIsSaved() {
        long giver = memberWithAnOffer("Giver");
        int before = offers.listMine(giver, null).items().size();

        assertRefused("title", () -> offers.post(giver, offerDraft(HelpKind.CHAT, "", 3, List.of(Tag.of(tag())))));
        assertRefused("title", () -> offers.post(giver, offerDraft(HelpKind.CHAT, "   ", 3, List.of(Tag.of(tag())))));
        assertRefused("title", () -> offers.post(giver, offerDraft(HelpKind.CHAT, "t".repeat(121), 3, List.of(Tag.of(tag())))));
        assertRefused("capacity", () -> offers.post(giver, offerDraft(HelpKind.CHAT, title(), 0, List.of(Tag.of(tag())))));
        assertRefused("capacity", () -> offers.post(giver, offerDraft(HelpKind.CHAT, title(), 21, List.of(Tag.of(tag())))));
        assertRefused("capacity", () -> offers.post(giver, offerDraft(HelpKind.CHAT, title(), 1000, List.of(Tag.of(tag())))));
        assertRefused("tags", () -> offers.post(giver, offerDraft(HelpKind.CHAT, title(), 3, tags(11))));
        assertRefused("kind", () -> offers.post(giver, offerDraft(null, title(), 3, List.of(Tag.of(tag())))));
        assertEquals(before, offers.listMine(giver, null).items().size());

        // The limits themselves are allowed.
        offers.post(giver, offerDraft(HelpKind.CHAT, "t".repeat(120), 20, tags(10)));
        assertEquals(before + 1, offers.listMine(giver, null).items().size());
    }

    @Test
    void aProfileListsTheActiveOffersAPageAtATimeNewestFirst() {
        long giver = member("Many offers");
        List<Long> posted = new ArrayList<>();
        for (int i = 0; i < Page.SIZE + 2; i++) {
            posted.add(offer(giver, HelpKind.ADVICE, 1, tag()));
        }
        offers.pause(giver, posted.get(1)); // only active offers are listed

        Page<ActiveOffer> first = offers.activeOf(giver, null);
        List<Long> expected = new ArrayList<>(posted.reversed());
        expected.remove(posted.get(1));
        assertEquals(expected.subList(0, Page.SIZE), first.items().stream().map(ActiveOffer::id).toList());
        assertEquals(HelpKind.ADVICE, first.items().getFirst().kind());
        assertTrue(first.hasNext());

        Page<ActiveOffer> second = offers.activeOf(giver, first.nextBefore());
        assertEquals(List.of(posted.getFirst()), second.items().stream().map(ActiveOffer::id).toList());
        assertFalse(second.hasNext());
    }

    @Test
    void theDashboardShowsTheLatestFiveOfEachOwnListAndWhetherMoreFollow() {
        String shared = tag();
        long giver = member("Dashboard giver");
        List<Long> posted = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            posted.add(offer(giver, HelpKind.ADVICE, 3, shared));
        }
        long requester = memberWithAnOffer("Dashboard asker");
        long request = ask(requester, HelpKind.ADVICE, 1, shared);

        Dashboard givers = dashboards.of(giver);
        assertEquals(posted.reversed().subList(0, 5), givers.offers().lines().stream().map(DashboardLine::id).toList());
        assertTrue(givers.offers().more());
        assertEquals(List.of("PROPOSED"), givers.inbox().lines().stream().map(DashboardLine::status).toList());
        assertTrue(givers.requests().lines().isEmpty());

        Dashboard askers = dashboards.of(requester);
        assertEquals(List.of(request), askers.requests().lines().stream().map(DashboardLine::id).toList());
        assertFalse(askers.requests().more());
        assertEquals(1, askers.offers().lines().size());
        assertTrue(askers.inbox().lines().isEmpty());
    }

    /**
     * The first read of recent giving in this deployment (no other test here reads it, and it is
     * kept for 30 s once read): the newest completion comes first; an accepted match is not given yet.
     */
    @Test
    void theCommunitysRecentGivingIsTheLatestCompletedHelpNewestFirst() {
        Proposal given = proposal("Recent giver", "Recent receiver", HelpKind.CHAT);
        matches.accept(given.giver(), given.match());
        matches.thank(given.requester(), given.match(), "Thank you!");

        Proposal stillToGive = proposal("Still to give", "Still waiting", HelpKind.CHAT);
        matches.accept(stillToGive.giver(), stillToGive.match());

        List<CommunityGift> recent = recentGiving.latest();
        assertEquals(given.giver(), recent.getFirst().giverId());
        assertEquals(given.requester(), recent.getFirst().receiverId());
        assertEquals("Recent receiver", recent.getFirst().receiverName());
        assertEquals(HelpKind.CHAT, recent.getFirst().kind());
        assertTrue(recent.stream().noneMatch(gift -> gift.giverId() == stillToGive.giver()));
    }

    @Test
    void badRequestsAreRefusedFieldByFieldAndNothingIsSaved() {
        long requester = memberWithAnOffer("Requester");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int before = requests.listMine(requester, null).items().size();

        assertRefused("neededBy", () -> requests.post(requester, requestDraft(title(), today.minusDays(1), 1, tags(1))));
        assertRefused("giversWanted", () -> requests.post(requester, requestDraft(title(), null, 0, tags(1))));
        assertRefused("giversWanted", () -> requests.post(requester, requestDraft(title(), null, 6, tags(1))));
        assertRefused("title", () -> requests.post(requester, requestDraft("", null, 1, tags(1))));
        assertRefused("title", () -> requests.post(requester, requestDraft("r".repeat(121), null, 1, tags(1))));
        assertRefused("tags", () -> requests.post(requester, requestDraft(title(), null, 1, tags(11))));
        assertEquals(before, requests.listMine(requester, null).items().size());

        // The limits themselves are allowed.
        requests.post(requester, requestDraft("r".repeat(120), today, 5, tags(10)));
        assertEquals(before + 1, requests.listMine(requester, null).items().size());
    }

    // ---------------------------------------------------------------- the give-first rule

    @Test
    void aMemberAsksOnlyAfterOfferingAndWithinTheCapOnOpenRequests() {
        long member = member("Newcomer");
        assertFalse(requests.eligibility(member).isAllowed());
        assertThrows(GiveFirstRuleException.class, () -> ask(member, HelpKind.ADVICE, 1, tag()));
        assertTrue(requests.listMine(member, null).items().isEmpty());

        offer(member, HelpKind.CHAT, 2, tag());
        assertTrue(requests.eligibility(member).isAllowed());
        long first = ask(member, HelpKind.ADVICE, 1, tag());
        ask(member, HelpKind.ADVICE, 1, tag());
        ask(member, HelpKind.ADVICE, 1, tag());
        assertTrue(requests.eligibility(member).isAtCap());
        assertThrows(OpenRequestCapException.class, () -> ask(member, HelpKind.ADVICE, 1, tag()));
        assertEquals(3, requests.listMine(member, null).items().size());

        requests.close(member, first); // a closed request no longer counts
        ask(member, HelpKind.ADVICE, 1, tag());
        assertEquals(4, requests.listMine(member, null).items().size());
    }

    // ---------------------------------------------------------------- matching

    @Test
    void aRequestIsProposedToTheBestFittingActiveOffersOfOthersAndPassesOnWhenDeclined() {
        String x = tag();
        String y = tag();
        String word = token();
        long requester = member("Requester");
        offer(requester, HelpKind.INTRODUCTION, 3, x, y); // their own offer fits best, and is never proposed
        long bestFit = member("Two shared tags");
        offer(bestFit, HelpKind.INTRODUCTION, 3, x, y);
        long secondFit = member("One shared tag");
        offer(secondFit, HelpKind.INTRODUCTION, 3, x);
        long paused = member("Away for a while");
        long pausedOffer = offer(paused, HelpKind.INTRODUCTION, 3, x, y);
        offers.pause(paused, pausedOffer);
        offer(paused, HelpKind.ADVICE, 3, x, y); // another kind of help: never proposed for an introduction
        long wordFit = member("One shared word");
        offers.post(wordFit, offerDraft(HelpKind.INTRODUCTION, word + " " + token(), 3, List.of(Tag.of(tag()))));
        long nextInLine = member("Next in line");
        offers.post(nextInLine, offerDraft(HelpKind.INTRODUCTION, token() + " " + word, 3, List.of(Tag.of(tag()))));

        long request = requests.post(requester, new RequestDraft(HelpKind.INTRODUCTION, word + " " + token(), null,
                List.of(Tag.of(x), Tag.of(y)), null, 1));

        RequestView proposed = requests.getMine(requester, request);
        assertEquals(Set.of(bestFit, secondFit, wordFit), giversOf(proposed.matches()), "the three best fits");
        assertEquals(3, proposed.proposalsPending());
        assertFalse(proposed.isWaitingForGivers());
        List<String> bothTags = new ArrayList<>(List.of(x, y));
        bothTags.sort(null);
        MatchView best = matchOf(proposed, bestFit);
        assertEquals(bothTags, best.matchedTags());
        assertEquals(List.of(x), matchOf(proposed, secondFit).matchedTags());
        assertEquals(List.of(), matchOf(proposed, wordFit).matchedTags());
        assertEquals(List.of(word), matchOf(proposed, wordFit).matchedWords());
        MatchView inInbox = matches.inbox(bestFit).stream().filter(m -> m.id() == best.id()).findFirst().orElseThrow();
        assertEquals(bothTags, inInbox.matchedTags(), "the giver sees why they were asked");
        assertTrue(matches.inbox(nextInLine).isEmpty());
        assertTrue(matches.inbox(paused).isEmpty());

        matches.decline(bestFit, best.id(), "Travelling", null);

        RequestView passedOn = requests.getMine(requester, request);
        assertEquals(Set.of(bestFit, secondFit, wordFit, nextInLine), giversOf(passedOn.matches()));
        assertEquals(MatchStatus.DECLINED, matchOf(passedOn, bestFit).status());
        assertEquals(MatchStatus.PROPOSED, matchOf(passedOn, nextInLine).status());
        assertEquals(List.of(word), matchOf(passedOn, nextInLine).matchedWords());
        assertEquals(3, passedOn.proposalsPending());

        for (long giver : new long[] {secondFit, wordFit, nextInLine}) {
            matches.decline(giver, matchOf(passedOn, giver).id(), null, null);
        }
        RequestView everyoneDeclined = requests.getMine(requester, request);
        assertEquals(4, everyoneDeclined.matches().size(), "nobody is asked twice, the paused offer is not asked");
        assertTrue(everyoneDeclined.isWaitingForGivers());

        offers.resume(paused, pausedOffer); // back again: now the request finds them, soon (in the background)
        RequestView resumed = await(() -> requests.getMine(requester, request), view -> !view.isWaitingForGivers());
        assertEquals(MatchStatus.PROPOSED, matchOf(resumed, paused).status());
        assertEquals(bothTags, matchOf(resumed, paused).matchedTags());
        assertFalse(resumed.isWaitingForGivers());
    }

    @Test
    void aLongHistoryOfRequestsComesAPageAtATimeNewestFirst() {
        long member = memberWithAnOffer("Frequent Asker");
        List<Long> asked = new ArrayList<>();
        for (int i = 0; i < Page.SIZE + 5; i++) {
            long request = ask(member, HelpKind.ADVICE, 1, tag());
            requests.close(member, request); // within the cap on open requests
            asked.add(0, request);
        }
        Page<RequestView> first = requests.listMine(member, null);
        assertEquals(asked.subList(0, Page.SIZE), first.items().stream().map(RequestView::id).toList());
        assertTrue(first.hasNext());
        Page<RequestView> second = requests.listMine(member, first.nextBefore());
        assertEquals(asked.subList(Page.SIZE, asked.size()), second.items().stream().map(RequestView::id).toList());
        assertFalse(second.hasNext());
        assertTrue(second.items().stream().allMatch(r -> r.tags().size() == 1), "each with its tags");
    }

    @Test
    void aRequestNobodyFitsIsWaitingForGiversUntilAnOfferThatFitsIsPosted() {
        long requester = memberWithAnOffer("Requester");
        String needed = tag();
        long request = ask(requester, HelpKind.JOB_SEARCH_HELP, 1, needed);

        RequestView view = requests.getMine(requester, request);
        assertTrue(view.matches().isEmpty());
        assertEquals(0, view.proposalsPending());
        assertTrue(view.isWaitingForGivers());

        // New offers that do not fit (another tag; the right tag, another kind) change nothing ...
        offer(member("Unfitting giver"), HelpKind.JOB_SEARCH_HELP, 2, tag());
        offer(member("Other-kind giver"), HelpKind.CHAT, 2, needed);
        // ... and one that fits is proposed, in the background, soon.
        long fitting = member("Fitting giver");
        offer(fitting, HelpKind.JOB_SEARCH_HELP, 2, needed);
        RequestView found = await(() -> requests.getMine(requester, request), v -> !v.isWaitingForGivers());
        assertEquals(Set.of(fitting), giversOf(found.matches()));
        assertEquals(List.of(needed), matchOf(found, fitting).matchedTags());
    }

    // ---------------------------------------------------------------- expiry

    @Test
    void anOverdueProposalExpiresExactlyOnceWhenTwoInstancesExpireItAtOnce() throws Exception {
        long giver = member("Slow giver");
        long offer = offer(giver, HelpKind.CHAT, 2, tag());
        long requester = memberWithAnOffer("Requester");
        long request = ask(requester, HelpKind.CHAT, 1, tag());
        // Proposed 71 hours ago, due in one hour by the wall clock: the minute timer of the server
        // leaves it alone, and the expiry below runs "two hours from now".
        Instant now = Instant.now();
        long match = testData.propose(request, offer, now.minus(Duration.ofHours(71)), now.plus(Duration.ofHours(1)));
        Instant later = now.plus(Duration.ofHours(2));

        assertFalse(expiry.findDue(now).contains(match));
        assertFalse(expiry.expire(match, now), "not due yet");
        assertEquals(MatchStatus.PROPOSED, testData.statusOf(match));
        assertTrue(expiry.findDue(later).contains(match));

        List<Race.Outcome<Boolean>> outcomes = Race.run(executor, List.of(() -> expiry.expire(match, later), () -> expiry.expire(match, later)));

        assertEquals(List.of(), Race.failures(outcomes));
        assertEquals(1, Race.succeeded(outcomes).stream().filter(Boolean::booleanValue).count(), () -> "outcomes: " + outcomes);
        assertEquals(MatchStatus.EXPIRED, testData.statusOf(match));
        assertFalse(expiry.expire(match, later), "expired once, never again");
        assertFalse(expiry.findDue(later).contains(match));
        assertThrows(MatchNotInThatStateException.class, () -> matches.accept(giver, match));
        assertTrue(requests.getMine(requester, request).isWaitingForGivers(), "the request passed on, and nobody else fits");
    }

    @Test
    void aRequestExpiresAfterItsNeededByDateAndItsProposalsAreWithdrawn() {
        String shared = tag();
        long giver = member("Giver");
        offer(giver, HelpKind.ADVICE, 2, shared);
        long requester = memberWithAnOffer("Requester");
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        long request = requests.post(requester, new RequestDraft(HelpKind.ADVICE, title(), null,
                List.of(Tag.of(shared)), today.plusDays(1), 1));
        long match = onlyMatchOf(requester, request, giver).id();

        expiry.expireRequests(today.plusDays(1), Instant.now());
        assertEquals(RequestStatus.OPEN, requests.getMine(requester, request).status(), "still needed on its date");

        assertTrue(expiry.expireRequests(today.plusDays(2), Instant.now()) >= 1);
        assertEquals(RequestStatus.EXPIRED, requests.getMine(requester, request).status());
        assertEquals(MatchStatus.WITHDRAWN, testData.statusOf(match));
        assertThrows(MatchAlreadyTakenException.class, () -> matches.accept(giver, match));
    }

    // ---------------------------------------------------------------- the whole loop

    @Test
    void aGiverAcceptsWritesTheReferenceAndIsThanked() {
        String shared = tag();
        long giver = member("Kwame");
        long offer = offer(giver, HelpKind.REFERENCE, 2, shared);
        long requester = memberWithAnOffer("Li Na");
        long request = ask(requester, HelpKind.REFERENCE, 1, shared);

        List<MatchView> inbox = matches.inbox(giver);
        assertEquals(1, inbox.size());
        MatchView proposal = inbox.get(0);
        long match = proposal.id();
        assertEquals(request, proposal.requestId());
        assertEquals(List.of(shared), proposal.matchedTags());
        assertTrue(proposal.isProposed());

        MatchView accepted = matches.accept(giver, match);
        assertEquals(MatchStatus.ACCEPTED, accepted.status());
        assertTrue(accepted.isAwaitingReference());
        assertEquals(RequestStatus.MATCHED, requests.getMine(requester, request).status());
        assertEquals(1, offerOf(giver, offer).remainingThisMonth());
        assertThrows(MatchNotInThatStateException.class, () -> matches.thank(requester, match, "Thanks!"),
                "a reference is thanked for once it is written");

        WrittenReference reference = aReference();
        matches.writeReference(giver, match, reference);
        MatchView delivered = matches.get(requester, match);
        assertEquals(reference, delivered.reference());
        assertTrue(delivered.isAwaitingThanks());
        assertThrows(MatchNotInThatStateException.class, () -> matches.writeReference(giver, match, reference));

        matches.thank(requester, match, "Thank you, Kwame!");

        MatchView completed = matches.get(giver, match);
        assertEquals(MatchStatus.COMPLETED, completed.status());
        assertEquals("Thank you, Kwame!", completed.thanksNote());
        assertEquals(RequestStatus.FULFILLED, requests.getMine(requester, request).status());
        assertTrue(matches.inbox(giver).isEmpty(), "nothing left to do for the giver");
        assertThrows(MatchNotInThatStateException.class, () -> matches.thank(requester, match, "Again"));

        assertEquals(List.of(new GivingRecord.Line(HelpKind.REFERENCE, 1, 0)), giving.recordOf(giver).lines());
        assertEquals(1, giving.recordOf(giver).totalGiven());
        assertEquals(List.of(new GivingRecord.Line(HelpKind.REFERENCE, 0, 1)), giving.recordOf(requester).lines());
        assertEquals(1, giving.recordOf(requester).totalReceived());

        assertEquals(Set.of(NotificationType.PROPOSAL_ACCEPTED, NotificationType.REFERENCE_DELIVERED),
                typesAbout(match, requester));
        assertEquals(Set.of(NotificationType.PROPOSAL_NEW, NotificationType.THANKS_RECEIVED), typesAbout(match, giver));
        assertEquals(2, notifications.listMine(requester).size(), "nothing else, nothing twice");
        assertEquals(2, notifications.listMine(giver).size(), "nothing else, nothing twice");

        matches.showOnProfile(requester, match, true);
        assertEquals(1, giving.shownRecommendationsOf(requester).size());
        assertEquals(reference.getStrengths(), giving.shownRecommendationsOf(requester).get(0).strengths());
    }

    // ---------------------------------------------------------------- helpers

    /** A random word nobody else uses: lower-case letters and digits, so it is a tag and a title word. */
    private static String token() {
        return "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String tag() {
        return token();
    }

    private static List<Tag> tags(int count) {
        return IntStream.range(0, count).mapToObj(i -> Tag.of(tag())).toList();
    }

    /** A title of two unique words: it shares no word with any other title. */
    /** What the supplier gives once it satisfies the condition, for work done in the background; 10 s at most. */
    private static <T> T await(Supplier<T> supplier, Predicate<T> condition) {
        Instant deadline = Instant.now().plusSeconds(10);
        T value = supplier.get();
        while (!condition.test(value) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            value = supplier.get();
        }
        return value;
    }

    private static String title() {
        return token() + " " + token();
    }

    private long member(String name) {
        return accounts.register(new Registration(name, "member-" + UUID.randomUUID() + "@example.org", PASSWORD, true)).id();
    }

    /** A member who has offered something (of its own, fitting nobody), so may ask. */
    private long memberWithAnOffer(String name) {
        long member = member(name);
        offer(member, HelpKind.CHAT, 2, tag());
        return member;
    }

    private long offer(long giver, HelpKind kind, int capacity, String... tags) {
        return offers.post(giver, offerDraft(kind, title(), capacity, Arrays.stream(tags).map(Tag::of).toList()));
    }

    private static OfferDraft offerDraft(HelpKind kind, String title, int capacity, List<Tag> tags) {
        return new OfferDraft(kind, title, null, tags, capacity);
    }

    private long ask(long requester, HelpKind kind, int giversWanted, String... tags) {
        return requests.post(requester, new RequestDraft(kind, title(), null, Arrays.stream(tags).map(Tag::of).toList(),
                null, giversWanted));
    }

    private static RequestDraft requestDraft(String title, LocalDate neededBy, int giversWanted, List<Tag> tags) {
        return new RequestDraft(HelpKind.ADVICE, title, null, tags, neededBy, giversWanted);
    }

    private static WrittenReference aReference() {
        // Several scripts and an emoji: a reference must round-trip exactly on H2 and on MySQL.
        return new WrittenReference("We built the payments platform together for three years at 北京 Bank.",
                "Calm under pressure, writes code others can read 👏 — هادئة تحت الضغط.",
                "She led the migration off the old ledger without a minute of downtime (מעבר ללא השבתה).",
                "Senior data engineer — Ingénieure données");
    }

    private OfferView offerOf(long giver, long offer) {
        return offers.listMine(giver, null).items().stream().filter(o -> o.id() == offer).findFirst().orElseThrow();
    }

    /** A giver's proposal for a request: the giver's offer and the request share a tag, nobody else's does. */
    private record Proposal(long giver, long requester, long request, long match) {
    }

    private Proposal proposal(String giverName, String requesterName, HelpKind kind) {
        String shared = tag();
        long giver = member(giverName);
        offer(giver, kind, 3, shared);
        long requester = memberWithAnOffer(requesterName);
        long request = ask(requester, kind, 1, shared);
        return new Proposal(giver, requester, request, onlyMatchOf(requester, request, giver).id());
    }

    /** The request's only match, checked to be with this giver. */
    private MatchView onlyMatchOf(long requester, long request, long giver) {
        List<MatchView> all = requests.getMine(requester, request).matches();
        assertEquals(1, all.size(), () -> "matches of request " + request + ": " + all);
        assertEquals(giver, all.get(0).giverId());
        return all.get(0);
    }

    private static MatchView matchOf(RequestView request, long giver) {
        return request.matches().stream().filter(m -> m.giverId() == giver).findFirst()
                .orElseThrow(() -> new AssertionError("no match with giver " + giver + " in " + request.matches()));
    }

    private static Set<Long> giversOf(List<MatchView> matches) {
        return matches.stream().map(MatchView::giverId).collect(Collectors.toSet());
    }

    private Set<NotificationType> typesAbout(long match, long recipient) {
        return notifications.listMine(recipient).stream().filter(n -> Long.valueOf(match).equals(n.matchId()))
                .map(NotificationView::type).collect(Collectors.toSet());
    }

    private long countOf(NotificationType type, long recipient) {
        return notifications.listMine(recipient).stream().filter(n -> n.type() == type).count();
    }

    private static void assertRefused(String field, Executable useCase) {
        BusinessException refusal = assertThrows(InvalidValueException.class, useCase);
        assertEquals(Optional.of(field), refusal.getField());
    }
}
