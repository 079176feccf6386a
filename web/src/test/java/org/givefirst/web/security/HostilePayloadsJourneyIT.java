package org.givefirst.web.security;

import org.givefirst.web.support.Deployments;
import org.givefirst.web.support.Founder;
import org.givefirst.web.support.Mailbox;
import org.givefirst.web.support.Mailbox.ReceivedMail;
import org.givefirst.web.support.Visitor;
import org.givefirst.web.support.Visitors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.assertj.core.api.SoftAssertions;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every piece of member text is escaped wherever it appears. Three members type a corpus of hostile
 * payloads (src/test/resources/hostile-payloads.txt) into every form of GiveFirst that takes text —
 * names, profile, contact details, skills, offers, requests, tags, a reference, a thank-you, messages,
 * an introduction, a decline, a chat note, reports to the moderators — then read every page that shows
 * it, as its author and as the others, and the emails it went into. An administrator, who moderates
 * too, reads the reports in the moderators' queue and warns with a hostile note; she finds the
 * members on the administrators' pages and reads the audit log, also with hostile filters in its URL.
 * On each page:
 * <ul>
 *     <li>the payloads the page shows are there as text, literally — not dropped, not cut at a quote,
 *     not evaluated as Faces EL or as a MessageFormat pattern;</li>
 *     <li>the HTML the server sent never holds a payload with {@code <} or {@code &} as it was typed, nor
 *     one with a double quote inside a tag;</li>
 *     <li>the page holds no element or attribute that GiveFirst never renders (scripts, frames, event
 *     handlers, javascript: URLs, forms to elsewhere, {@code <base>}, {@code <meta http-equiv>}, …);</li>
 *     <li>no script ran: no alert, no {@code window.__xss}, the title unchanged.</li>
 * </ul>
 * The pages' Content-Security-Policy would block inline script even if escaping failed, so the
 * browsers here bypass it (Chromium's DevTools {@code Page.setBypassCSP}): escaping alone must stand
 * between a payload and its execution, and a control at the start shows that an injected handler
 * does run and is caught. A summary of what was checked is printed at the end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostilePayloadsJourneyIT {

    private static final String PASSWORD = "generosity is a habit";
    private static final Corpus CORPUS = Corpus.load("/hostile-payloads.txt");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Elements and attributes GiveFirst's pages and emails never carry: a payload must have brought them. */
    private static final String INJECTED_MARKUP = """
            const found = [];
            const urls = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'background', 'poster'];
            for (const element of document.querySelectorAll('*')) {
              for (const attribute of element.attributes) {
                const name = attribute.name.toLowerCase();
                const value = attribute.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
                if (name.startsWith('on') || name === 'srcdoc' || name === 'autofocus' || name === 'formaction'
                    || (urls.includes(name) && /^(javascript|vbscript|data):/.test(value))) {
                  found.push(element.tagName.toLowerCase() + '[' + name + ']');
                }
              }
            }
            for (const element of document.querySelectorAll('script, noscript, iframe, frame, frameset, object, embed,'
                + ' applet, base, meta[http-equiv], style, img, video, audio, source, math')) {
              found.push(element.tagName.toLowerCase());
            }
            for (const form of document.forms) {
              if (location.protocol !== 'file:' && new URL(form.action, location.href).origin !== location.origin) {
                found.push('form[action=' + form.action + ']');
              }
            }
            return found;
            """;

    /** What the payloads do when they run (an alert is looked for separately). */
    private static final String SCRIPT_TRACES = """
            const traces = [];
            if (typeof window.__xss !== 'undefined') traces.push('window.__xss = ' + window.__xss);
            if (document.title.includes('pwned')) traces.push('document.title = ' + document.title);
            return traces;
            """;

    /** Every payload that went through a form, to prove the whole corpus was used. */
    private static final Set<Payload> TYPED = new LinkedHashSet<>();
    /** What was checked, for the summary. */
    private static int pagesInspected;
    /** Of those, the report form, the moderators' queue and the administrators' pages. */
    private static int reportAndStaffPages;
    private static int mailsRead;
    private static int shownChecks;
    private static int rawScans;

    /** The checks of what pages show: one run reports every page and payload that fails, not just the first. */
    private static SoftAssertions softly;

    @RegisterExtension
    static final Visitors PEOPLE = new Visitors(4);

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.givefirstWar();
    }

    @BeforeAll
    static void letInlineScriptRunSoOnlyEscapingStopsIt() {
        for (int i = 0; i < 4; i++) {
            ((HasCdp) PEOPLE.get(i).driver()).executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
        }
    }

    @BeforeEach
    void everyoneSignedOut() {
        softly = new SoftAssertions();
        for (int i = 0; i < 4; i++) {
            PEOPLE.as(PEOPLE.get(i), base).forgetSession();
        }
    }

    @AfterAll
    static void summary() {
        System.out.printf("%nHostile payloads: %d payloads, %d of them typed into forms; %d pages (%d of them report forms,"
                        + " the moderators' queue and administrators' pages) and %d emails inspected; %d (payload, page) checks"
                        + " that a payload is shown as text; %d (payload, page) scans of raw HTML for an unescaped payload.%n",
                CORPUS.all().size(), TYPED.size(), pagesInspected, reportAndStaffPages, mailsRead, shownChecks, rawScans);
    }

    @Test
    void everyPieceOfMemberTextIsShownAsTextOnEveryPageThatShowsIt() throws IOException {
        Person ana = new Person("Ana", PEOPLE.get(0), Visitor.uniqueEmail(), line(43, 44));
        Person ben = new Person("Ben", PEOPLE.get(1), Visitor.uniqueEmail(), line(5, 17));
        Person cleo = new Person("Cleo", PEOPLE.get(2), Visitor.uniqueEmail(), line(14));
        // The founder, an administrator; her name is no payload.
        Person fran = new Person("Fran", PEOPLE.get(3), Founder.EMAIL, line());

        for (Person person : List.of(ana, ben, cleo, fran)) {
            theChecksCatchAnInjectedHandlerThatRuns(person);
        }

        // Ana signs up, fills her profile and contact details, and offers three kinds of help.
        Typed anaHeadline = line(10, 12, 41);
        Typed anaLocation = line(29, 39);
        Typed anaBio = lines(13, 1, 20, 21, 22, 23, 24, 32, 33, 40, 34);
        Typed anaContact = lines(13, 31);
        Typed skillOne = tags(51);
        Typed skillTwo = tags(53);
        Visitor a = signUp(ana);
        inspectHere(ana, "the welcome after signing up", ana.name());
        // Skills are tags: markup is no tag, so it is refused beside the field and nothing is added.
        enter(a, "profile:newSkill", line(1));
        a.click("profile:addSkill");
        assertThat(a.message("profile:newSkill")).startsWith("A tag is made of letters and digits");
        assertThat(a.texts(By.cssSelector("#skillList .tag-text"))).isEmpty();
        inspectHere(ana, "the refused skill");
        keeps(ana, Map.of("profile:newSkill", line(1)));
        enter(a, "profile:newSkill", skillOne);
        a.click("profile:addSkill");
        enter(a, "profile:newSkill", skillTwo);
        a.click("profile:addSkill");
        assertThat(a.texts(By.cssSelector("#skillList .tag-text"))).containsExactly(skillOne.value(), skillTwo.value());
        enter(a, "profile:headline", anaHeadline);
        enter(a, "profile:location", anaLocation);
        enter(a, "profile:bio", anaBio);
        a.click("profile:save");
        assertThat(a.text("pageMessages")).contains("Your profile is saved.");
        String anaProfile = here(a);
        saveContactDetails(ana, anaContact);

        Typed referenceOfferTitle = line(2, 45);
        Typed referenceOfferText = lines(3, 6, 7, 25, 26);
        Typed chatOfferTitle = line(8, 9);
        Typed chatOfferText = lines(37, 38);
        Typed introductionOfferTitle = line(15);
        Typed introductionOfferText = lines(42, 49);
        // Offer tags refuse markup too, beside the field, and post nothing until they are tags.
        a.open("offers/new");
        a.choose("offer:kind", "REFERENCE");
        enter(a, "offer:title", referenceOfferTitle);
        enter(a, "offer:description", referenceOfferText);
        enter(a, "offer:tags", tags(51, 10));
        a.fill("offer:capacity", "3");
        a.click("offer:post");
        assertThat(a.message("offer:tags")).startsWith("A tag is made of letters and digits");
        inspectHere(ana, "the refused offer tags");
        keeps(ana, Map.of("offer:title", referenceOfferTitle, "offer:description", referenceOfferText,
                "offer:tags", tags(51, 10)));
        enter(a, "offer:tags", tags(51, 52));
        a.click("offer:post");
        assertThat(a.text("pageMessages")).contains("Your offer is live");
        postOffer(ana, "CHAT", chatOfferTitle, chatOfferText, tags(53));
        postOffer(ana, "INTRODUCTION", introductionOfferTitle, introductionOfferText, tags(52));

        // Ben gives first (advice), then asks Ana's three kinds of help.
        Typed benHeadline = line(26, 45);
        Typed benBio = lines(3, 27, 28);
        Typed benContact = lines(36, 35);
        Typed adviceOfferTitle = line(47, 48);
        Typed adviceOfferText = lines(50, 19);
        Typed referenceTitle = line(4, 17);
        Typed referenceDetails = lines(11, 16, 46);
        Typed chatTitle = line(14, 44);
        Typed chatDetails = lines(36, 48);
        Typed introductionTitle = line(3, 18);
        Typed introductionDetails = lines(31, 24);
        Visitor b = signUp(ben);
        enter(b, "profile:headline", benHeadline);
        enter(b, "profile:bio", benBio);
        b.click("profile:save");
        String benProfile = here(b);
        saveContactDetails(ben, benContact);
        postOffer(ben, "ADVICE", adviceOfferTitle, adviceOfferText, tags(52));
        String referenceRequest = postRequest(ben, "REFERENCE", referenceTitle, referenceDetails, tags(51));
        String chatRequest = postRequest(ben, "CHAT", chatTitle, chatDetails, tags(53));
        String introductionRequest = postRequest(ben, "INTRODUCTION", introductionTitle, introductionDetails, tags(52));

        // Cleo gives first (recommendations), then asks for advice, which only Ben offers.
        Typed cleoContact = lines(27, 28, 30);
        Typed recommendationOfferTitle = line(35);
        Typed recommendationOfferText = lines(30, 11);
        Typed adviceTitle = line(29, 23);
        Typed adviceDetails = lines(9, 21);
        Visitor c = signUp(cleo);
        c.click("profile:save");
        String cleoProfile = here(c);
        saveContactDetails(cleo, cleoContact);
        postOffer(cleo, "RECOMMENDATION", recommendationOfferTitle, recommendationOfferText, tags(53));
        String adviceRequest = postRequest(cleo, "ADVICE", adviceTitle, adviceDetails, tags(52));

        // Ana reads the three proposals, with why each fits her, and accepts the reference first.
        inspect(ana, "inbox", ben.name(), referenceTitle, referenceDetails, chatTitle, chatDetails, introductionTitle,
                introductionDetails, referenceOfferTitle, chatOfferTitle, introductionOfferTitle, tags(51, 52, 53));
        Typed howKnown = lines(40, 33);
        Typed strengths = lines(34, 25, 20);
        Typed example = lines(37, 39, 22);
        Typed forRole = line(10, 41);
        String referenceMatch = accept(ana, referenceTitle);
        enter(a, "reference:howKnown", howKnown);
        enter(a, "reference:strengths", strengths);
        enter(a, "reference:example", example);
        enter(a, "reference:forRole", forRole);
        a.click("reference:send");
        assertThat(a.text("pageMessages")).contains("Your reference is delivered");
        Typed anaFirstMessage = lines(5, 6, 7, 8);
        Typed anaSecondMessage = lines(43, 44, 16);
        a.click("conversation:open");
        String matchThread = here(a);
        send(ana, anaFirstMessage);
        send(ana, anaSecondMessage);

        // She offers times for the chat.
        String chatMatch = accept(ana, chatTitle);
        LocalDate day = LocalDate.now().plusDays(10);
        a.setValue("chatOffer:rows:0:date", day.toString());
        a.setValue("chatOffer:rows:0:time", "18:00");
        a.setValue("chatOffer:rows:1:date", day.plusDays(1).toString());
        a.setValue("chatOffer:rows:1:time", "09:30");
        a.click("chatOffer:offer");
        assertThat(a.text("pageMessages")).contains("Your times are offered");

        // She finds Cleo by name and introduces Ben to her.
        Typed blurb = lines(11, 12, 26, 28, 32);
        String introductionMatch = accept(ana, introductionTitle);
        a.click("findContact");
        a.fill("q", cleo.name().payloads().getFirst().marker());
        a.click("search");
        inspect(ana, here(a), cleo.name());
        a.click(a.driver().findElement(By.cssSelector("#memberResults a")));
        assertThat(here(a)).isEqualTo(cleoProfile);
        a.click("introduce");
        String newIntroduction = here(a);
        inspect(ana, newIntroduction, cleo.name());
        assertThat(new Select(a.driver().findElement(By.id("introduction:seeker"))).getOptions())
                .extracting(WebElement::getText).contains(ben.name().value());
        enter(a, "introduction:blurb", blurb);
        a.click("introduction:send");
        assertThat(a.text("pageMessages")).contains("Your introduction is on its way");
        String introduction = here(a);

        // Ben reads Cleo's request in his inbox and declines it, suggesting someone else. His reason is
        // his alone and shown on no page; the suggestion goes to Cleo's request.
        Typed declineReason = lines(1, 19);
        Typed suggestion = lines(42, 50);
        inspect(ben, "inbox", cleo.name(), adviceTitle, adviceDetails, adviceOfferTitle, tags(52));
        WebElement proposal = b.driver().findElement(By.cssSelector("#proposals .proposal"));
        proposal.findElement(By.cssSelector(".decline summary")).click();
        enter(b, proposal.findElement(By.cssSelector(".decline textarea[id$='reason']")), declineReason);
        enter(b, proposal.findElement(By.cssSelector(".decline textarea[id$='suggestion']")), suggestion);
        b.clickButton(proposal, "Decline");
        assertThat(b.text("pageMessages")).contains("Declined.");

        // Ben shows Ana's reference on his profile and thanks her; he calls off the chat with a note.
        Typed thanks = lines(13, 48, 17);
        Typed chatNote = lines(2, 21, 46, 19);
        as(ben).open(referenceRequest);
        b.clickButton(b.driver().findElement(By.id("givers")), "Show on my profile");
        enter(b, b.driver().findElement(By.cssSelector(".thank-form textarea")), thanks);
        b.click(b.driver().findElement(By.cssSelector(".thank-form input[type='submit']")));
        assertThat(b.text("requestStatus")).isEqualTo("Fulfilled");
        b.open(chatMatch);
        b.driver().findElement(By.cssSelector("#chatChangeBox summary")).click();
        enter(b, "chatChange:note", chatNote);
        b.click("chatChange:cancel");
        assertThat(b.has("chatCancelled")).isTrue();
        Typed benAnswer = lines(24, 22, 47);
        b.open(matchThread);
        send(ben, benAnswer);

        // Cleo agrees to meet Ben; they write in their thread.
        Typed cleoMessage = lines(32, 33, 15);
        Typed benMessageToCleo = lines(38, 49);
        as(cleo).open(introduction);
        c.click("answer:agree");
        assertThat(c.text("introductionStatus")).isEqualTo("Introduced");
        c.click("openThread");
        String introductionThread = here(c);
        send(cleo, cleoMessage);
        as(ben).open(introductionThread);
        send(ben, benMessageToCleo);

        assertThat(TYPED).as("every payload of the corpus went through a form").containsAll(CORPUS.all());

        // Now every page that shows any of it, as each of them sees it.
        Typed anaSkills = tags(51, 53);
        Typed[] anaOffers = {referenceOfferTitle, chatOfferTitle, introductionOfferTitle};
        Typed[] reference = {howKnown, strengths, example, forRole};

        // The dashboard and the inbox list what is still to do: the thanked reference is done.
        inspect(ana, "dashboard", concat(List.of(ana.name(), chatTitle, introductionTitle), anaOffers));
        softly.assertThat(a.driver().findElement(By.id("navMyProfile")).getDomAttribute("title"))
                .as("the name in an attribute").isEqualTo(ana.name().value());
        inspect(ana, anaProfile, concat(List.of(ana.name(), anaHeadline, anaLocation, anaBio, anaSkills), anaOffers));
        titled(ana, ana.name());
        inspect(ana, "profile/edit", anaSkills);
        keeps(ana, Map.of("profile:displayName", ana.name(), "profile:headline", anaHeadline,
                "profile:location", anaLocation, "profile:bio", anaBio));
        softly.assertThat(a.driver().findElements(By.cssSelector("#skillList input[title]")))
                .extracting(button -> button.getDomAttribute("title"))
                .containsExactly("Remove " + skillOne.value(), "Remove " + skillTwo.value());
        inspect(ana, "settings");
        keeps(ana, Map.of("contact:contactDetails", anaContact));
        inspect(ana, "offers/index", concat(List.of(referenceOfferText, chatOfferText, introductionOfferText,
                tags(51, 52, 53)), anaOffers));
        inspect(ana, "inbox", ben.name(), chatTitle, introductionTitle);
        inspect(ana, referenceMatch, concat(List.of(referenceTitle, referenceDetails, ana.name(), ben.name(), thanks), reference));
        titled(ana, referenceTitle);
        // Expression language in member text is shown as typed, never evaluated: no "2" where "#{1+1}" was written.
        notEvaluated(ana, "XSS17 #{1+1} #{7*7}", "XSS17 2 49");
        inspect(ana, chatMatch, chatTitle, chatDetails, ana.name(), ben.name(), chatNote);
        titled(ana, chatTitle);
        // Had this one been evaluated, Ana's session would be gone and her next pages would ask her to sign in.
        notEvaluated(ana, "XSS19 #{request.session.invalidate()}");
        inspect(ana, introductionMatch, introductionTitle, introductionDetails, ana.name(), ben.name());
        titled(ana, introductionTitle);
        notEvaluated(ana, "XSS18 ${1+1} ${applicationScope}", "XSS18 2 {");
        inspect(ana, "conversations/index", ben.name(), referenceTitle);
        inspect(ana, matchThread, ben.name(), referenceTitle, anaFirstMessage, anaSecondMessage, benAnswer);
        titled(ana, ben.name());
        inspect(ana, "introductions/index", ben.name(), cleo.name());
        inspect(ana, introduction, ben.name(), cleo.name(), blurb);
        inspect(ana, "notifications", ben.name(), cleo.name(), referenceTitle, chatTitle, introductionTitle);
        inspect(ana, benProfile, concat(List.of(ben.name(), benHeadline, benBio, adviceOfferTitle, ana.name()), reference));
        titled(ana, ben.name());
        inspect(ana, "members/index?q=xss", ana.name(), ben.name(), cleo.name(), anaHeadline, benHeadline);

        inspect(ben, "dashboard", ben.name(), adviceOfferTitle, referenceTitle, chatTitle, introductionTitle);
        inspect(ben, benProfile, concat(List.of(ben.name(), benHeadline, benBio, adviceOfferTitle, ana.name()), reference));
        inspect(ben, "profile/edit");
        keeps(ben, Map.of("profile:displayName", ben.name(), "profile:headline", benHeadline, "profile:bio", benBio));
        inspect(ben, "settings");
        keeps(ben, Map.of("contact:contactDetails", benContact));
        inspect(ben, "offers/index", adviceOfferTitle, adviceOfferText, tags(52));
        inspect(ben, "requests/index", referenceTitle, chatTitle, introductionTitle, tags(51, 52, 53));
        inspect(ben, referenceRequest, concat(List.of(referenceTitle, referenceDetails, tags(51), ana.name(), thanks), reference));
        titled(ben, referenceTitle);
        inspect(ben, chatRequest, chatTitle, chatDetails, tags(53), ana.name());
        titled(ben, chatTitle);
        inspect(ben, introductionRequest, introductionTitle, introductionDetails, tags(52), ana.name());
        titled(ben, introductionTitle);
        inspect(ben, referenceMatch, concat(List.of(referenceTitle, referenceDetails, ana.name(), ben.name(), thanks), reference));
        inspect(ben, chatMatch, chatTitle, chatDetails, ana.name(), ben.name(), chatNote);
        inspect(ben, "conversations/index", ana.name(), cleo.name(), referenceTitle);
        inspect(ben, matchThread, ana.name(), referenceTitle, anaFirstMessage, anaSecondMessage, benAnswer);
        titled(ben, ana.name());
        inspect(ben, introductionThread, cleo.name(), cleoMessage, benMessageToCleo);
        titled(ben, cleo.name());
        inspect(ben, "introductions/index", ana.name(), cleo.name());
        inspect(ben, introduction, ana.name(), cleo.name(), blurb, cleoContact);
        inspect(ben, "notifications", ana.name(), cleo.name(), referenceTitle, chatTitle, introductionTitle, adviceTitle);
        inspect(ben, anaProfile, concat(List.of(ana.name(), anaHeadline, anaLocation, anaBio, anaSkills), anaOffers));
        inspect(ben, cleoProfile, cleo.name(), recommendationOfferTitle);

        inspect(cleo, "dashboard", cleo.name(), recommendationOfferTitle, adviceTitle);
        inspect(cleo, "offers/index", recommendationOfferTitle, recommendationOfferText, tags(53));
        inspect(cleo, adviceRequest, adviceTitle, adviceDetails, tags(52), suggestion);
        titled(cleo, adviceTitle);
        inspect(cleo, "introductions/index", ana.name(), ben.name());
        inspect(cleo, introduction, ana.name(), ben.name(), blurb, benContact);
        inspect(cleo, "conversations/index", ben.name());
        inspect(cleo, introductionThread, ben.name(), cleoMessage, benMessageToCleo);
        inspect(cleo, "notifications", ana.name(), ben.name(), adviceTitle);
        inspect(cleo, benProfile, concat(List.of(ben.name(), benHeadline, benBio, adviceOfferTitle, ana.name()), reference));
        inspect(cleo, cleoProfile, cleo.name(), recommendationOfferTitle);
        titled(cleo, cleo.name());
        inspect(cleo, "settings");
        keeps(cleo, Map.of("contact:contactDetails", cleoContact));

        // Reports to the moderators: the form shows what is reported, and the details are member text too.
        // Ana reports Ben, whose name and headline the form shows; the whole corpus is too long for the
        // details, and is refused beside the field and kept in it.
        Typed everything = new Typed(CORPUS.all(), "\n");
        Typed aboutBen = lines(13, 1, 40, 48, 33, 20);
        Typed aboutAnasOffer = lines(30, 15, 31, 50, 10);
        Typed aboutBensRequest = lines(36, 47, 9, 25, 28);
        Typed aboutBensMessage = lines(21, 16, 19, 24, 22);
        as(ana).open(benProfile);
        a.click("reportMember");
        inspect(ana, here(a), ben.name(), benHeadline);
        a.choose("report:reason", "HARASSMENT");
        enter(a, "report:details", everything);
        a.click("report:send");
        assertThat(a.message("report:details")).isEqualTo("Please keep it to 1,000 characters.");
        inspectHere(ana, "the refused report", ben.name(), benHeadline);
        keeps(ana, Map.of("report:details", everything));
        sendReport(ana, "HARASSMENT", aboutBen);
        // She reports the request she was asked to help with, from its match page.
        a.open(referenceMatch);
        a.click("reportRequest");
        inspect(ana, here(a), ben.name(), referenceTitle);
        sendReport(ana, "SPAM", aboutBensRequest);
        // Ben reports one of Ana's offers from her profile; Cleo reports a message Ben wrote her.
        as(ben).open(anaProfile);
        inspect(ben, reportFrom(ben, referenceOfferTitle), ana.name(), referenceOfferTitle);
        sendReport(ben, "INAPPROPRIATE", aboutAnasOffer);
        as(cleo).open(introductionThread);
        inspect(cleo, reportFrom(cleo, benMessageToCleo), ben.name(), benMessageToCleo);
        sendReport(cleo, "OTHER", aboutBensMessage);

        // Ana blocks Cleo: her settings list whom she blocked.
        as(ana).open(cleoProfile);
        a.click("block:change");
        assertThat(a.text("pageMessages")).contains("Blocked.");
        inspectHere(ana, "the block", cleo.name());
        inspect(ana, "settings", cleo.name());
        softly.assertThat(a.texts(By.cssSelector("#blockedMembers .blocked-member a"))).as("blocked members")
                .containsExactly(plain(cleo.name().value()));

        // The founder finds members by a piece of their names, by a whole hostile name and by email;
        // the search box shows what was searched for. She makes Cleo a moderator.
        Visitor f = signInAsFounder(fran);
        inspect(fran, "admin/members?q=xss", ana.name(), ben.name(), cleo.name());
        inspect(fran, "admin/members?q=" + encoded(ben.email()), ben.name());
        inspect(fran, "admin/members?q=" + encoded(cleo.name().value()), cleo.name());
        keeps(fran, Map.of("q", cleo.name()));
        inspect(fran, "admin/members?q=" + encoded(line(12).value()));
        keeps(fran, Map.of("q", line(12)));
        as(fran).open("admin/members?q=" + encoded(cleo.name().value()));
        WebElement row = f.driver().findElement(By.cssSelector("#memberResults li"));
        new Select(row.findElement(By.tagName("select"))).selectByVisibleText("Moderator");
        f.click(row.findElement(By.cssSelector("input[type='submit']")));
        assertThat(f.text("pageMessages")).endsWith(" is now: Moderator.");
        inspectHere(fran, "the role given", cleo.name());

        // The moderators' queue: who is reported, what, by whom, and the details.
        inspect(fran, "moderation/index", ana.name(), ben.name(), cleo.name(), benHeadline, referenceOfferTitle,
                referenceTitle, benMessageToCleo, aboutBen, aboutAnasOffer, aboutBensRequest, aboutBensMessage);
        notEvaluated(fran, "XSS19 #{request.session.invalidate()}");
        // She warns Ben. A note longer than 120 characters (sent past the field's maxlength, as a
        // hand-made request could) is refused beside the field and kept in it; one of exactly 120 is sent.
        Typed tooLongWarning = line(11, 10, 3, 37);
        Typed warning = line(17, 44, 12, 41);
        assertThat(tooLongWarning.value()).hasSizeGreaterThan(120);
        assertThat(warning.value()).hasSize(120);
        WebElement card = reportCard(f, aboutBen);
        WebElement note = card.findElement(By.cssSelector("input[id$=':note']"));
        String noteId = note.getDomAttribute("id");
        enterPastItsMaxlength(f, note, tooLongWarning);
        f.click(card.findElement(By.cssSelector("input[id$=':warn']")));
        card = reportCard(f, aboutBen);
        assertThat(card.findElement(By.cssSelector(".field-error")).getText().strip())
                .isEqualTo("Please keep the warning to 120 characters.");
        inspectHere(fran, "the refused warning", ben.name(), benHeadline, aboutBen);
        keeps(fran, Map.of(noteId, tooLongWarning));
        enter(f, card.findElement(By.cssSelector("input[id$=':note']")), warning);
        f.click(card.findElement(By.cssSelector("input[id$=':warn']")));
        assertThat(f.text("pageMessages")).contains("The member is warned.");
        // She hides Ben's message to Cleo.
        f.click(reportCard(f, aboutBensMessage).findElement(By.cssSelector("input[id$=':hide']")));
        assertThat(f.text("pageMessages")).contains("The content is hidden.");

        // Ben reads the warning; in his thread with Cleo, his message is hidden from both of them.
        inspect(ben, "notifications", warning, ana.name(), cleo.name());
        for (Person reader : List.of(ben, cleo)) {
            inspect(reader, introductionThread, cleoMessage);
            softly.assertThat(bodyText(as(reader))).as("the thread as " + reader.label())
                    .contains("This message was hidden by a moderator.").doesNotContain("XSS38").doesNotContain("XSS49");
        }

        // Cleo, a moderator now, reads the two reports that wait.
        inspect(cleo, "moderation/index", ana.name(), ben.name(), referenceOfferTitle, referenceTitle, aboutAnasOffer,
                aboutBensRequest);

        // The founder suspends Ana, whose name the list of suspended members shows, dismisses the last
        // report, and lifts the suspension.
        as(fran).open("moderation/index");
        f.click(reportCard(f, aboutAnasOffer).findElement(By.cssSelector("input[id$=':suspend']")));
        assertThat(f.text("pageMessages")).contains("The member is suspended");
        inspect(fran, "moderation/index", ana.name(), ben.name(), referenceTitle, aboutBensRequest);
        softly.assertThat(f.texts(By.cssSelector("#suspendedMembers .suspended-member a"))).as("suspended members")
                .containsExactly(plain(ana.name().value()));
        f.click(reportCard(f, aboutBensRequest).findElement(By.cssSelector("input[id$=':dismiss']")));
        assertThat(f.text("pageMessages")).contains("The report is dismissed.");
        f.click(f.driver().findElement(By.cssSelector("#suspendedMembers .suspended-member input[type='submit']")));
        assertThat(f.text("pageMessages")).contains("The suspension is lifted");
        inspectHere(fran, "the lifted suspension");

        // The audit log names the members whose events it lists, and their emails.
        inspect(fran, "admin/audit", ana.name(), ben.name(), cleo.name());
        inspect(fran, "admin/audit?member=" + encoded(ana.email()), ana.name());
        inspect(fran, "admin/audit?type=ROLE_CHANGED&member=" + encoded(cleo.email()), cleo.name());
        // Its filters come back in their inputs, and in the link to the newest page (a "before" makes this
        // a later page, which has that link).
        Map<String, Typed> filters = Map.of("type", line(13), "member", line(12), "address", line(10));
        Map<String, Typed> moreFilters = Map.of("member", line(47), "address", line(43));
        for (Map<String, Typed> filter : List.of(filters, moreFilters)) {
            String path = "admin/audit?before=" + encoded(line(11).value()) + filter.entrySet().stream()
                    .map(entry -> "&" + entry.getKey() + "=" + encoded(entry.getValue().value())).collect(Collectors.joining());
            inspect(fran, path);
            keeps(fran, Map.of("member", filter.get("member"), "address", filter.get("address")));
            softly.assertThat(f.has("noEvents")).as("no event for " + path).isTrue();
            Map<String, String> newest = queryOf(f.driver().findElement(By.id("newestPage")).getDomAttribute("href"));
            filter.forEach((name, typed) -> {
                softly.assertThat(newest.get(name)).as("%s in the link to the newest page", name).isEqualTo(typed.value());
                shownChecks += typed.payloads().size();
            });
        }
        // Dates that are not dates are said beside their fields, and the log is shown without them.
        Typed from = line(40);
        Typed to = line(21);
        inspect(fran, "admin/audit?from=" + encoded(from.value()) + "&to=" + encoded(to.value()) + "&member="
                + encoded(ben.email()), ben.name());
        softly.assertThat(f.text("fromMessage")).isEqualTo("Please enter a date like 2026-12-31.");
        softly.assertThat(f.text("toMessage")).isEqualTo("Please enter a date like 2026-12-31.");
        // A date input's value is empty when it holds no date; what the server sent stands in the attribute.
        softly.assertThat(f.driver().findElement(By.id("from")).getDomAttribute("value")).as("from").isEqualTo(from.value());
        softly.assertThat(f.driver().findElement(By.id("to")).getDomAttribute("value")).as("to").isEqualTo(to.value());
        shownChecks += 2;

        // The emails all this sent: proposals, acceptances, a reference, thanks, messages, an introduction, a warning.
        inspectMails(ana, 3);
        softly.assertThat(plain(awaitMail(ben, "A word from GiveFirst's moderators").text())).as("the warning email")
                .contains(plain(warning.value()));
        inspectMails(ben, 4);
        inspectMails(cleo, 1);
        softly.assertAll();
    }

    @Test
    void whatAVisitorSendsToSignUpSignInSearchAndPasswordResetComesBackAsText() {
        Person dana = new Person("Dana", PEOPLE.get(0), Visitor.uniqueEmail(), line(1, 10, 13));
        Visitor d = as(dana);

        // A name too long for its field is refused beside it, kept as typed, and nobody is saved.
        d.open("");
        String membersBefore = d.text("memberCount");
        fillInSignUp(dana);
        assertThat(d.message("signup:displayName")).isEqualTo("Please keep your name to 80 characters.");
        inspectHere(dana, "the refused name");
        keeps(dana, Map.of("signup:displayName", dana.name()));
        d.open("");
        assertThat(d.text("memberCount")).isEqualTo(membersBefore);

        // A link to sign in says where to go next; the form keeps that in a hidden field.
        inspect(dana, "signin?next=" + URLEncoder.encode(line(10).value(), StandardCharsets.UTF_8));
        keeps(dana, Map.of("signin:next", line(10)));

        // A wrong sign-in shows the email as it was typed.
        d.open("signin");
        enter(d, "signin:email", line(12));
        d.fill("signin:password", PASSWORD);
        d.click("signin:submit");
        assertThat(d.text("pageMessages")).startsWith("That email and password do not match");
        inspectHere(dana, "the refused sign-in");
        keeps(dana, Map.of("signin:email", line(12)));

        // Asking for a reset link repeats the address typed, whatever it is.
        d.open("password/forgot");
        enter(d, "forgot:email", line(5));
        d.click("forgot:send");
        inspectHere(dana, "the answer to a reset request", line(5));

        // A member search shows the words searched for in its search box.
        d.open("signup");
        d.signUp("Dana Okafor", dana.email(), PASSWORD);
        for (Typed query : List.of(line(10), line(21))) {
            d.open("members/index");
            enter(d, "q", query);
            d.click("search");
            assertThat(d.has("noResults")).isTrue();
            inspect(dana, here(d));
            keeps(dana, Map.of("q", query));
        }
        softly.assertAll();
    }

    // ---------------------------------------------------------------- the members' steps

    /** One of the people, in their own browser, with the name they sign up with. */
    private record Person(String label, Visitor visitor, String email, Typed name) {
    }

    private Visitor as(Person person) {
        return PEOPLE.as(person.visitor(), base);
    }

    /** Signs up through the form; the profile form is open afterwards. */
    private Visitor signUp(Person person) {
        Visitor visitor = fillInSignUp(person);
        assertThat(visitor.driver().getCurrentUrl()).contains("/profile/edit");
        return visitor;
    }

    private Visitor fillInSignUp(Person person) {
        Visitor visitor = as(person);
        visitor.open("signup");
        enter(visitor, "signup:displayName", person.name());
        visitor.fill("signup:email", person.email());
        visitor.fill("signup:password", PASSWORD);
        visitor.driver().findElement(By.id("signup:guidelines")).click(); // a checkbox: no navigation
        visitor.click("signup:submit");
        return visitor;
    }

    private void saveContactDetails(Person person, Typed details) {
        Visitor visitor = as(person);
        visitor.open("settings");
        enter(visitor, "contact:contactDetails", details);
        visitor.click("contact:saveContact");
        assertThat(visitor.text("pageMessages")).contains("Your contact details are saved");
    }

    private void postOffer(Person person, String kind, Typed title, Typed description, Typed tags) {
        Visitor visitor = as(person);
        visitor.open("offers/new");
        visitor.choose("offer:kind", kind);
        enter(visitor, "offer:title", title);
        enter(visitor, "offer:description", description);
        enter(visitor, "offer:tags", tags);
        visitor.fill("offer:capacity", "3");
        visitor.click("offer:post");
        assertThat(visitor.text("pageMessages")).contains("Your offer is live");
    }

    /** Posts a help request; returns the path of its page. */
    private String postRequest(Person person, String kind, Typed title, Typed details, Typed tags) {
        Visitor visitor = as(person);
        visitor.open("requests/new");
        visitor.choose("request:kind", kind);
        enter(visitor, "request:title", title);
        enter(visitor, "request:details", details);
        enter(visitor, "request:tags", tags);
        visitor.click("request:post");
        assertThat(visitor.text("requestStatus")).isEqualTo("Open");
        return here(visitor);
    }

    /** Accepts the proposal of the request with this title from the inbox; returns the path of the match. */
    private String accept(Person giver, Typed requestTitle) {
        Visitor visitor = as(giver);
        visitor.open("inbox");
        String marker = requestTitle.payloads().getFirst().marker();
        WebElement proposal = visitor.driver().findElements(By.cssSelector("#proposals .proposal")).stream()
                .filter(candidate -> candidate.getText().contains(marker)).findFirst()
                .orElseThrow(() -> new AssertionError("no proposal for " + marker + " in the inbox of " + giver.label()));
        visitor.clickButton(proposal, "Accept");
        assertThat(visitor.text("matchStatus")).isEqualTo("Accepted");
        return here(visitor);
    }

    /** Signs the founder in, signing her up first in a database that has not seen her yet. */
    private Visitor signInAsFounder(Person founder) {
        Visitor visitor = as(founder);
        visitor.open("signin");
        visitor.fill("signin:email", Founder.EMAIL);
        visitor.fill("signin:password", Founder.PASSWORD);
        visitor.click("signin:submit");
        if (visitor.driver().getCurrentUrl().contains("/signin")) {
            visitor.open("signup");
            visitor.signUp(Founder.NAME, Founder.EMAIL, Founder.PASSWORD);
            visitor.click("signOutForm:signOut"); // she becomes an administrator when she signs in
            return signInAsFounder(founder);
        }
        assertThat(visitor.has("navAdmin")).as("the founder is an administrator").isTrue();
        return visitor;
    }

    /** Follows the "Report" link beside the list item (an offer, a message) that shows this text; returns the form's path. */
    private String reportFrom(Person person, Typed shown) {
        Visitor visitor = as(person);
        String marker = shown.payloads().getFirst().marker();
        visitor.click(visitor.driver().findElement(
                By.xpath("//li[contains(., '" + marker + "')]//a[contains(@class, 'report-link')]")));
        assertThat(URI.create(visitor.driver().getCurrentUrl()).getPath()).endsWith("/report");
        return here(visitor);
    }

    /** Sends the report form that is open. */
    private void sendReport(Person person, String reason, Typed details) {
        Visitor visitor = as(person);
        visitor.choose("report:reason", reason);
        enter(visitor, "report:details", details);
        visitor.click("report:send");
        assertThat(visitor.text("pageMessages")).contains("Thank you. A moderator will look at it.");
    }

    /** The open report in the moderators' queue whose details start with these payloads. */
    private static WebElement reportCard(Visitor moderator, Typed details) {
        String marker = details.payloads().getFirst().marker();
        return moderator.driver().findElements(By.cssSelector("#reports .report-card")).stream()
                .filter(card -> card.getText().contains(marker)).findFirst()
                .orElseThrow(() -> new AssertionError("no report with " + marker + " in the moderators' queue"));
    }

    /** Writes a message in the thread that is open. */
    private void send(Person person, Typed message) {
        Visitor visitor = as(person);
        enter(visitor, "message:body", message);
        visitor.click("message:send");
        assertThat(visitor.message("message:body")).isEmpty();
    }

    private static void enter(Visitor visitor, String id, Typed typed) {
        enter(visitor, visitor.driver().findElement(By.id(id)), typed);
    }

    /** Types the text into the field as a person would; control characters, which no keyboard types, as a paste. */
    private static void enter(Visitor visitor, WebElement field, Typed typed) {
        TYPED.addAll(typed.payloads());
        String value = typed.value();
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            ((JavascriptExecutor) visitor.driver()).executeScript("arguments[0].value = arguments[1];", field, value);
        } else {
            field.clear();
            field.sendKeys(value);
        }
    }

    /** Sets the field's value past its maxlength, as a hand-made request could send it. */
    private static void enterPastItsMaxlength(Visitor visitor, WebElement field, Typed typed) {
        TYPED.addAll(typed.payloads());
        ((JavascriptExecutor) visitor.driver()).executeScript("arguments[0].value = arguments[1];", field, typed.value());
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The parameters of a link's query, decoded. */
    private static Map<String, String> queryOf(String href) {
        String query = href.substring(href.indexOf('?') + 1).replaceFirst("#.*", "");
        return Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length < 2 ? "" : URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    /** The path of the page the visitor is on, relative to the application. */
    private String here(Visitor visitor) {
        return URI.create(base.toString()).relativize(URI.create(visitor.driver().getCurrentUrl())).toString();
    }

    // ---------------------------------------------------------------- the checks

    /**
     * Shows that the checks can fail: a handler injected into a page runs (the CSP bypass works) and
     * is caught, and the page read again is clean.
     */
    private void theChecksCatchAnInjectedHandlerThatRuns(Person person) {
        Visitor visitor = as(person);
        visitor.open("");
        ((JavascriptExecutor) visitor.driver()).executeScript(
                "document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=\"window.__xss=0\">')");
        new WebDriverWait(visitor.driver(), Duration.ofSeconds(5)).until(driver -> !scriptTraces(visitor).isEmpty());
        assertThat(injectedMarkup(visitor)).contains("img[onerror]", "img");
        visitor.driver().navigate().refresh();
        assertThat(scriptTraces(visitor)).isEmpty();
        assertThat(injectedMarkup(visitor)).isEmpty();
    }

    /** Opens the page, checks it in the browser, then checks the HTML the server sends for it. */
    private void inspect(Person person, String path, Typed... shown) {
        Visitor visitor = as(person);
        visitor.open(path);
        String where = path + " as " + person.label();
        assertThat(URI.create(visitor.driver().getCurrentUrl()).getPath()).as("still on " + where)
                .isEqualTo(visitor.url(path).getPath());
        inBrowser(visitor, where, shown);
        HttpResponse<String> response = raw(visitor, path);
        softly.assertThat(response.statusCode()).as("the answer to " + where).isEqualTo(200);
        softly.assertThat(response.body()).as(where).doesNotContain("class=\"card narrow error-page\"");
        assertNoPayloadUnescaped(response.body(), where);
        pagesInspected++;
        if (path.startsWith("report") || path.startsWith("moderation/") || path.startsWith("admin/")) {
            reportAndStaffPages++;
        }
    }

    /**
     * Checks the page the visitor is on after a form was posted, in the browser only: the server's
     * answer to a POST cannot be fetched again, and what the browser made of it shows any markup that
     * got through.
     */
    private void inspectHere(Person person, String what, Typed... shown) {
        Visitor visitor = as(person);
        String where = what + " as " + person.label();
        softly.assertThat(visitor.driver().findElements(By.cssSelector(".error-page"))).as(where).isEmpty();
        inBrowser(visitor, where, shown);
        pagesInspected++;
    }

    private void inBrowser(Visitor visitor, String where, Typed... shown) {
        settle(visitor);
        softly.assertThat(scriptTraces(visitor)).as("scripts that ran on " + where).isEmpty();
        softly.assertThat(injectedMarkup(visitor)).as("markup that payloads brought into " + where).isEmpty();
        String text = plain(bodyText(visitor));
        for (Payload payload : payloadsOf(shown)) {
            softly.assertThat(text).as("%s shown as text on %s", payload.marker(), where).contains(plain(payload.text()));
            shownChecks++;
        }
    }

    /** The form fields on the page hold what was typed (a round trip through an attribute or a textarea). */
    private void keeps(Person person, Map<String, Typed> fields) {
        Visitor visitor = as(person);
        fields.forEach((id, typed) -> {
            softly.assertThat(plain(visitor.value(id))).as("the field %s as %s", id, person.label()).isEqualTo(plain(typed.value()));
            shownChecks += typed.payloads().size();
        });
    }

    /** The page that is open shows the expression as typed, not what it would evaluate to. */
    private void notEvaluated(Person person, String expression, String... evaluated) {
        String text = bodyText(as(person));
        softly.assertThat(text).as("EL as typed").contains(expression);
        for (String value : evaluated) {
            softly.assertThat(text).as("EL evaluated").doesNotContain(value);
        }
    }

    /** The window's title shows the text (the page must be open). */
    private void titled(Person person, Typed title) {
        Visitor visitor = as(person);
        softly.assertThat(plain(visitor.driver().getTitle())).as("the title as " + person.label()).contains(plain(title.value()));
        shownChecks += title.payloads().size();
    }

    /** Waits for the email with this subject to the person, and answers it. */
    private static ReceivedMail awaitMail(Person person, String subject) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<ReceivedMail> mails = Mailbox.of(person.email()).read();
            for (ReceivedMail mail : mails) {
                if (subject.equals(mail.subject())) {
                    return mail;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no email \"" + subject + "\" to " + person.label() + " in 30 seconds");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Reads the emails a person received and each as a browser shows its HTML part. */
    private void inspectMails(Person person, int atLeast) throws IOException {
        List<ReceivedMail> mails = Mailbox.of(person.email()).await(atLeast, Duration.ofSeconds(30));
        assertThat(mails).as("emails to " + person.label()).hasSizeGreaterThanOrEqualTo(atLeast);
        Path folder = Path.of(System.getProperty("givefirst.screenshots", "target/screenshots"), "hostile-mails");
        Files.createDirectories(folder);
        Visitor visitor = as(person);
        for (ReceivedMail mail : mails) {
            String where = "the email \"" + mail.subject() + "\" to " + person.label();
            String text = plain(mail.text());
            // The plain part says what the email is about, unescaped by nature; the HTML part must show the same.
            List<Payload> shown = CORPUS.all().stream().filter(payload -> text.contains(plain(payload.text()))).toList();
            softly.assertThat(shown).as("the greeting of " + where).containsAll(person.name().payloads());
            assertThat(mail.html()).as(where).isNotNull();
            assertNoPayloadUnescaped(mail.html(), where);
            Path file = folder.resolve(person.label() + "-" + (++mailsRead) + ".html");
            Files.writeString(file, "<!DOCTYPE html><meta charset=\"UTF-8\">" + mail.html());
            visitor.driver().get(file.toUri().toString());
            inBrowser(visitor, where, new Typed(shown, "\n"));
        }
    }

    /**
     * Escaping changes every {@code <} and {@code &}, in text and in attributes alike, so a payload with
     * either is never in the HTML as typed. A double quote is harmless in text (Mojarra leaves it there)
     * but would end an attribute, so a payload with one may stand as typed only outside tags.
     */
    private static void assertNoPayloadUnescaped(String html, String where) {
        for (Payload payload : CORPUS.all()) {
            String typed = payload.text();
            if (typed.contains("<") || typed.contains("&")) {
                softly.assertThat(html).as("%s unescaped in the HTML of %s", payload.marker(), where).doesNotContain(typed);
                if (typed.contains("\u0000")) {
                    softly.assertThat(html).as("%s unescaped in the HTML of %s", payload.marker(), where)
                            .doesNotContain(typed.replace("\u0000", ""));
                }
            } else if (typed.contains("\"")) {
                softly.assertThat(timesInsideATag(html, typed)).as("%s inside a tag in the HTML of %s", payload.marker(), where)
                        .isZero();
            }
            rawScans++;
        }
    }

    /** How often the text stands inside a tag: after a {@code <} that no {@code >} has closed yet. */
    private static int timesInsideATag(String html, String text) {
        int times = 0;
        for (int at = html.indexOf(text); at >= 0; at = html.indexOf(text, at + 1)) {
            if (html.lastIndexOf('<', at) > html.lastIndexOf('>', at)) {
                times++;
            }
        }
        return times;
    }

    /** What a payload that ran would leave behind: an open alert, window.__xss, a changed title. */
    private static List<String> scriptTraces(Visitor visitor) {
        List<String> traces = new ArrayList<>();
        try {
            Alert alert = visitor.driver().switchTo().alert();
            traces.add("an alert saying " + alert.getText());
            alert.accept();
        } catch (NoAlertPresentException expected) {
            // the usual case
        }
        traces.addAll(strings(((JavascriptExecutor) visitor.driver()).executeScript(SCRIPT_TRACES)));
        return traces;
    }

    private static List<String> injectedMarkup(Visitor visitor) {
        return strings(((JavascriptExecutor) visitor.driver()).executeScript(INJECTED_MARKUP));
    }

    /** Lets handlers that run late (autofocus, media errors) have their chance: two frames and a moment. */
    private static void settle(Visitor visitor) {
        ((JavascriptExecutor) visitor.driver()).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)));");
    }

    private static String bodyText(Visitor visitor) {
        return (String) ((JavascriptExecutor) visitor.driver()).executeScript("return document.body.innerText;");
    }

    /** The page as the server sends it to this visitor (with the browser's cookies), not as the browser parsed it. */
    private static HttpResponse<String> raw(Visitor visitor, String path) {
        String cookies = visitor.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        try {
            return HTTP.send(HttpRequest.newBuilder(visitor.url(path)).header("Cookie", cookies).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Text as compared: NUL dropped (an HTML parser drops it or makes it U+FFFD, which goes too) and
     * white space as one space, as a page lays it out.
     */
    private static String plain(String text) {
        return text.replace("\u0000", "").replace("\uFFFD", "").replaceAll("\\s+", " ").strip();
    }

    private static List<String> strings(Object array) {
        return ((List<?>) array).stream().map(String::valueOf).toList();
    }

    private static List<Payload> payloadsOf(Typed... typed) {
        return Arrays.stream(typed).flatMap(t -> t.payloads().stream()).distinct().toList();
    }

    private static Typed[] concat(List<Typed> first, Typed... more) {
        return Stream.concat(first.stream(), Arrays.stream(more)).toArray(Typed[]::new);
    }

    // ---------------------------------------------------------------- the corpus

    /** Payloads on one line, for single-line inputs. */
    private static Typed line(int... numbers) {
        return new Typed(CORPUS.get(numbers), " ");
    }

    /** Payloads one a line, for text areas. */
    private static Typed lines(int... numbers) {
        return new Typed(CORPUS.get(numbers), "\n");
    }

    /** Tag payloads as a tags field takes them. */
    private static Typed tags(int... numbers) {
        return new Typed(CORPUS.get(numbers), ", ");
    }

    /** What was typed into one field: some payloads, joined as the field takes them. */
    private record Typed(List<Payload> payloads, String separator) {
        String value() {
            return payloads.stream().map(Payload::text).collect(Collectors.joining(separator));
        }
    }

    /** One hostile text; its marker XSSnn finds it. */
    private record Payload(int number, String text) {
        String marker() {
            return "XSS%02d".formatted(number);
        }
    }

    /** The payloads of the resource file, checked to be usable: marked, distinct, stored as typed. */
    private record Corpus(List<Payload> all) {

        private static final Pattern MARKER = Pattern.compile("(?i)xss(\\d\\d)");
        private static final Pattern ESCAPED_CHARACTER = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

        static Corpus load(String resource) {
            List<Payload> payloads = new ArrayList<>();
            try (InputStream in = HostilePayloadsJourneyIT.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing");
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String text = ESCAPED_CHARACTER.matcher(line)
                            .replaceAll(m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
                    Matcher marker = MARKER.matcher(text);
                    if (!marker.find()) {
                        throw new IllegalStateException("no XSSnn marker in " + line);
                    }
                    payloads.add(new Payload(Integer.parseInt(marker.group(1)), text));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(payloads).as("the corpus").hasSizeGreaterThanOrEqualTo(30);
            assertThat(payloads).extracting(Payload::number).as("markers").doesNotHaveDuplicates();
            assertThat(payloads).allSatisfy(payload -> {
                // GiveFirst trims and NFC-normalises what members type: a payload must survive that unchanged.
                assertThat(Normalizer.normalize(payload.text(), Normalizer.Form.NFC).strip()).isEqualTo(payload.text());
                // The checks look for "pwned" as a changed title: a payload may only build the word at run time.
                assertThat(payload.text().toLowerCase(Locale.ROOT)).doesNotContain("pwned");
            });
            return new Corpus(List.copyOf(payloads));
        }

        List<Payload> get(int... numbers) {
            return Arrays.stream(numbers).mapToObj(number -> all.stream().filter(p -> p.number() == number).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no payload XSS" + number))).toList();
        }
    }
}
