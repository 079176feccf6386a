package org.givefirst.web.performance;

import jakarta.ejb.EJB;
import org.givefirst.domain.match.WrittenReference;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.Tag;
import org.givefirst.ejb.chat.ChatService;
import org.givefirst.ejb.conversation.ConversationService;
import org.givefirst.ejb.introduction.IntroductionService;
import org.givefirst.ejb.match.MatchService;
import org.givefirst.ejb.match.MatchView;
import org.givefirst.ejb.member.AccountService;
import org.givefirst.ejb.member.Registration;
import org.givefirst.ejb.offer.OfferDraft;
import org.givefirst.ejb.offer.OfferService;
import org.givefirst.ejb.request.HelpRequestService;
import org.givefirst.ejb.request.RequestDraft;
import org.givefirst.web.support.Deployments;
import org.givefirst.web.support.PageClient;
import org.givefirst.web.support.PageClient.Counted;
import org.givefirst.web.support.StatementCounter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page a member uses renders with at most {@value #BUDGET} SQL statements, however much
 * the member has: a page that loads its rows one by one (an N+1 query) fails here, not in
 * production. Inside Payara Micro, a small community is built through the use cases — a member
 * with offers of every kind, requests with proposals, accepted and completed matches, references
 * given and received, thanks, a planned chat, threads, an introduction, notifications — and the pages are read over HTTP as that member,
 * twice: the second time is what every later visit costs once caches are warm, and on it no page
 * may have EclipseLink translate a query into SQL again.
 */
@ExtendWith(ArquillianExtension.class)
class PageStatementsIT {

    /** The budget per page render. */
    static final int BUDGET = 6;

    private static final String PASSWORD = "a page is a handful of queries";

    @Deployment
    static WebArchive deployment() { // JUnit's assertions: AssertJ is not in the deployment
        return Deployments.givefirstWar().addClasses(StatementCounter.class, PageClient.class, Counted.class);
    }

    @ArquillianResource
    private URL base;

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
    private ConversationService conversations;

    @EJB
    private IntroductionService introductions;

    /** What the pages are read about. */
    private record Community(String anaEmail, long ana, long ben, long anaRequest, long matchAnaGave, long chat,
                             long thread, long introduction) {
    }

    /**
     * A visitor's read of a public page keeps nothing on the server: no view state, no session
     * (the pages are stateless views). A session per visit, kept for an hour, is memory that any
     * crawler could fill. The sign-in page, whose form needs its view state, does open one.
     */
    @Test
    void publicPagesOpenNoSessionForAVisitor() throws Exception {
        HttpClient visitor = HttpClient.newHttpClient(); // no cookie store: every request is a first visit
        for (String page : List.of("index", "guidelines", "no-such-page")) {
            HttpResponse<Void> response = visitor.send(HttpRequest.newBuilder(base.toURI().resolve(page)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertFalse(response.headers().firstValue("Set-Cookie").isPresent(), () -> "/" + page + " opened a session");
        }
        HttpResponse<Void> signIn = visitor.send(HttpRequest.newBuilder(base.toURI().resolve("signin")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertTrue(signIn.headers().firstValue("Set-Cookie").isPresent(), "/signin keeps its form's state in a session");
    }

    @Test
    void everyPageOfAMemberWithAHistoryRendersWithinTheBudget() throws Exception {
        Community community = build();
        PageClient ana = new PageClient(base);
        ana.signIn(community.anaEmail(), PASSWORD);
        List<String> pages = List.of("", "dashboard", "inbox", "offers/index", "offers/new", "requests/index",
                "requests/new", "requests/view?id=" + community.anaRequest(),
                "matches/view?id=" + community.matchAnaGave(), "matches/view?id=" + community.chat(),
                "members/profile?id=" + community.ana(),
                "members/profile?id=" + community.ben(), "members/index?q=Ben", "notifications",
                "conversations/index", "conversations/view?id=" + community.thread(), "introductions/index",
                "introductions/view?id=" + community.introduction(), "settings");
        List<String> overBudget = new ArrayList<>();
        List<String> translatedAgain = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (int visit = 1; visit <= 2; visit++) {
            for (String page : pages) {
                Counted counted = ana.get(page);
                assertEquals(200, counted.status(), page);
                report.append(String.format("visit %d  %-28s %2d statements, %d queries translated%n", visit,
                        "/" + page, counted.statements().size(), counted.translations().size()));
                if (visit == 2 && !counted.translations().isEmpty()) {
                    translatedAgain.add("/" + page + ":\n  " + String.join("\n  ", counted.translations()));
                }
                if (counted.statements().size() > BUDGET) {
                    overBudget.add("/" + page + " (visit " + visit + "): " + counted.statements().size()
                            + " statements:\n  " + String.join("\n  ", counted.statements()));
                }
            }
        }
        System.out.print(report);
        assertTrue(overBudget.isEmpty(), () -> "pages over the budget of " + BUDGET + " statements:\n"
                + String.join("\n", overBudget));
        // EclipseLink translates a named query into SQL once; a page that has it translated again on
        // every visit (a limit set on a query of columns, say) pays for that on every visit (ReadLimit).
        assertTrue(translatedAgain.isEmpty(), () -> "queries translated into SQL again on a second visit:\n"
                + String.join("\n", translatedAgain));
    }

    @Test
    void postingAnOfferThenShowsTheListWithinTheBudget() throws Exception {
        Community community = build();
        PageClient ana = new PageClient(base);
        ana.signIn(community.anaEmail(), PASSWORD);
        Counted form = ana.get("offers/new");
        Counted list = ana.submit("offer", form.html(), Map.of("offer:kind", "ADVICE",
                "offer:title", "Advice on moving from support into engineering", "offer:description", "",
                "offer:tags", "career change", "offer:capacity", "2"), "offer:post");
        assertTrue(list.html().contains("Your offer is live"), list.html());
        assertTrue(list.statements().size() <= BUDGET, () -> "the offer list after posting: " + list.statements());
    }

    /** Ana has given and received; Ben, Chen, Dara and Eli asked her and offered to her. */
    private Community build() {
        String anaTag = token();
        String theirTag = token();
        String anaEmail = token() + "@example.org";
        long ana = member("Ana Ferreira", anaEmail);
        for (HelpKind kind : HelpKind.values()) {
            offer(ana, kind, anaTag);
        }
        List<Long> others = new ArrayList<>();
        for (String name : List.of("Ben Okafor", "Chen Wei", "Dara Novak", "Eli Cohen")) {
            long other = member(name, token() + "@example.org");
            offer(other, HelpKind.REFERENCE, theirTag);
            offer(other, HelpKind.CHAT, theirTag);
            ask(other, HelpKind.REFERENCE, anaTag);
            ask(other, HelpKind.CHAT, anaTag);
            others.add(other);
        }
        // Ana takes all eight proposals (more rows than the budget has statements), and writes in each thread.
        List<MatchView> inbox = matches.inbox(ana);
        assertEquals(8, inbox.size(), () -> "Ana's proposals: " + inbox);
        long thread = 0;
        for (MatchView proposal : inbox) {
            matches.accept(ana, proposal.id());
            thread = conversations.openForMatch(ana, proposal.id());
            conversations.send(ana, thread, "Hello from Ana");
        }
        // She gives Ben his reference, and he thanks her; she offers Chen times for their chat.
        MatchView forBen = proposalFrom(inbox, others.get(0), HelpKind.REFERENCE);
        matches.writeReference(ana, forBen.id(), reference());
        matches.thank(others.get(0), forBen.id(), "Thank you, Ana!");
        long chatWithChen = proposalFrom(inbox, others.get(1), HelpKind.CHAT).id();
        LocalDateTime nextWeek = LocalDateTime.now().plusDays(7).withHour(10).withMinute(0).withSecond(0).withNano(0);
        chats.offerSlots(ana, chatWithChen, List.of(nextWeek, nextWeek.plusDays(1), nextWeek.plusDays(2)), 30);
        long introduction = introductions.propose(ana, others.get(0), others.get(1), "Ben, meet Chen: you both love payments.");
        // Ana asks for a reference; Ben gives it, she thanks him.
        long anaRequest = ask(ana, HelpKind.REFERENCE, theirTag);
        MatchView fromBen = requests.getMine(ana, anaRequest).matches().stream()
                .filter(m -> m.giverId() == others.get(0)).findFirst().orElseThrow();
        matches.accept(others.get(0), fromBen.id());
        matches.writeReference(others.get(0), fromBen.id(), reference());
        matches.thank(ana, fromBen.id(), "Thank you, Ben!");
        ask(ana, HelpKind.CHAT, theirTag);
        return new Community(anaEmail, ana, others.get(0), anaRequest, forBen.id(), chatWithChen, thread,
                introduction);
    }

    private static MatchView proposalFrom(List<MatchView> inbox, long requester, HelpKind kind) {
        return inbox.stream().filter(m -> m.requesterId() == requester && m.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " proposal from " + requester + " in " + inbox));
    }

    private long member(String name, String email) {
        return accounts.register(new Registration(name, email, PASSWORD, true)).id();
    }

    private void offer(long giver, HelpKind kind, String tag) {
        // Nothing but the community's own tag in the text: matching never pairs two tests' communities.
        offers.post(giver, new OfferDraft(kind, tag, null, List.of(Tag.of(tag)), 5));
    }

    private long ask(long requester, HelpKind kind, String tag) {
        return requests.post(requester, new RequestDraft(kind, tag, null, List.of(Tag.of(tag)), null, 3));
    }

    private static WrittenReference reference() {
        return new WrittenReference("We worked together for two years.", "Clear, kind, thorough.",
                "Led the migration without downtime.", "Staff engineer");
    }

    private static String token() {
        return "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
