package org.givefirst.web.privacy;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.givefirst.domain.audit.AuditEventType;
import org.givefirst.domain.match.MatchStatus;
import org.givefirst.domain.match.WrittenReference;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.member.ProfileDetails;
import org.givefirst.domain.member.ProfileField;
import org.givefirst.domain.offer.OfferStatus;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.Tag;
import org.givefirst.ejb.administration.AdministrationService;
import org.givefirst.ejb.audit.AuditFilter;
import org.givefirst.ejb.audit.AuditLine;
import org.givefirst.ejb.conversation.ConversationService;
import org.givefirst.ejb.match.MatchService;
import org.givefirst.ejb.match.MatchView;
import org.givefirst.ejb.member.AccountService;
import org.givefirst.ejb.member.MemberDirectory;
import org.givefirst.ejb.member.MemberProfile;
import org.givefirst.ejb.member.MemberSummary;
import org.givefirst.ejb.member.Registration;
import org.givefirst.ejb.offer.OfferDraft;
import org.givefirst.ejb.offer.OfferService;
import org.givefirst.ejb.privacy.PersonalDataExport;
import org.givefirst.ejb.privacy.PrivacyService;
import org.givefirst.ejb.privacy.WrongPasswordException;
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

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Members' control of their data, inside Payara Micro: details shown only to matched members,
 * the download of everything held about a member, and an account deleted so that nothing
 * identifies its member while what others received from them stays whole.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {

    private static final String PASSWORD = "a long and quiet river";

    @Deployment
    static WebArchive deployment() {
        return Deployments.givefirstWar().addClasses(TestData.class, Founder.class);
    }

    @EJB
    private AccountService accounts;

    @EJB
    private MemberDirectory directory;

    @EJB
    private PrivacyService privacy;

    @EJB
    private PersonalDataExport export;

    @EJB
    private OfferService offers;

    @EJB
    private HelpRequestService requests;

    @EJB
    private MatchService matches;

    @EJB
    private ConversationService conversations;

    @EJB
    private AdministrationService administration;

    @EJB
    private TestData testData;

    @Test
    void detailsShownOnlyToMatchedMembersAreLeftOutForEveryoneElse() {
        String name = "Pia Private " + token();
        long pia = person(name);
        accounts.updateProfile(pia, pia, new ProfileDetails(name, "Nurse turned data analyst", "Ask me about shifts.",
                "Porto", List.of(Tag.of("healthcare"))));
        privacy.showOnlyToMatched(pia, Set.of(ProfileField.HEADLINE, ProfileField.BIO, ProfileField.SKILLS));
        assertEquals(Set.of(ProfileField.HEADLINE, ProfileField.BIO, ProfileField.SKILLS), privacy.matchedOnlyFields(pia));
        long stranger = person("Sam Stranger");
        long helper = person("Hana Helper");
        acceptedMatch(pia, helper, HelpKind.ADVICE);

        MemberProfile seenByStranger = accounts.getProfileFor(stranger, pia);
        assertNull(seenByStranger.headline());
        assertNull(seenByStranger.bio());
        assertEquals(List.of(), seenByStranger.skills());
        assertEquals("Porto", seenByStranger.location(), "what she shows everyone stays");
        assertTrue(seenByStranger.detailsHidden());
        assertEquals(List.of(Optional.empty()), directory.search(stranger, name).stream()
                .map(MemberSummary::headline).map(Optional::ofNullable).toList());

        assertFalse(seenByStranger.formerMember());
        for (long allowed : List.of(helper, pia, Founder.signIn(accounts))) {
            MemberProfile whole = accounts.getProfileFor(allowed, pia);
            assertEquals("Nurse turned data analyst", whole.headline());
            assertEquals(List.of(Tag.of("healthcare")), whole.skills());
            assertFalse(whole.detailsHidden());
        }
        assertEquals("Nurse turned data analyst", directory.search(helper, name).getFirst().headline());
    }

    @Test
    void theDownloadHoldsTheMembersDataAndNoSecret() {
        String email = "member-" + UUID.randomUUID() + "@example.org";
        long ana = accounts.register(new Registration("Ana Export", email, PASSWORD, true)).id();
        long giver = person("Gil Giver");
        long match = acceptedMatch(ana, giver, HelpKind.CHAT);
        long thread = conversations.openForMatch(giver, match);
        conversations.send(giver, thread, "Happy to talk on Monday.");
        conversations.send(ana, thread, "Monday it is, thank you!");

        JsonObject data = Json.createReader(new StringReader(export.exportOf(ana))).readObject();

        assertEquals(email, data.getJsonObject("account").getString("email"));
        assertEquals("Ana Export", data.getJsonObject("account").getString("name"));
        assertEquals(1, data.getJsonArray("offers").size(), "her own offer, not the giver's");
        assertEquals(1, data.getJsonArray("requests").size());
        assertEquals("Gil Giver", data.getJsonArray("helpReceived").getJsonObject(0).getString("with"));
        assertEquals(List.of("Happy to talk on Monday.", "Monday it is, thank you!"), data.getJsonArray("messages")
                .getValuesAs(JsonObject.class).stream().map(m -> m.getString("text")).toList());
        assertTrue(data.getJsonArray("securityEvents").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("type").equals("SIGNED_UP")));
        String json = export.exportOf(ana);
        assertFalse(json.contains("PBKDF2") || json.contains(PASSWORD), "never a password or its hash");
    }

    @Test
    void aDeletedAccountLeavesNothingThatIdentifiesItAndOthersKeepWhatTheyReceived() {
        String email = "member-" + UUID.randomUUID() + "@example.org";
        long gus = accounts.register(new Registration("Gus Goodbye", email, PASSWORD, true)).id();
        accounts.updateProfile(gus, gus, new ProfileDetails("Gus Goodbye", "Engineering manager", "Ask me.", "Oslo",
                List.of(Tag.of("hiring"))));
        long rita = person("Rita Receiver");
        long match = acceptedMatch(rita, gus, HelpKind.REFERENCE);
        matches.writeReference(gus, match, new WrittenReference("We worked together for three years.",
                "Clear thinking, kind reviews.", "She led our payments migration.", "Senior engineer"));
        String tag = token();
        long openOffer = offers.post(gus, new OfferDraft(HelpKind.ADVICE, token(), null, List.of(Tag.of(tag)), 3));
        long asking = person("Ali Asking");
        offers.post(asking, new OfferDraft(HelpKind.CHAT, token(), null, List.of(Tag.of(token())), 3));
        long request = requests.post(asking, new RequestDraft(HelpKind.ADVICE, token(), null, List.of(Tag.of(tag)), null, 1));
        long proposal = requests.getMine(asking, request).matches().stream().filter(m -> m.giverId() == gus)
                .map(MatchView::id).findFirst().orElseThrow();

        assertThrows(WrongPasswordException.class, () -> privacy.deleteAccount(gus, "not my password at all"));
        assertEquals("Gus Goodbye", accounts.getProfile(gus).displayName(), "a wrong password changes nothing");

        privacy.deleteAccount(gus, PASSWORD);

        MemberProfile former = accounts.getProfile(gus);
        assertEquals(Member.FORMER_MEMBER_NAME, former.displayName());
        assertNull(former.headline());
        assertNull(former.bio());
        assertNull(former.location());
        assertEquals(List.of(), former.skills());
        assertTrue(former.formerMember(), "the page offers no introduction, block or report");
        assertEquals(Optional.empty(), accounts.authenticate(email, PASSWORD), "nobody signs in as Gus");
        assertTrue(directory.search(rita, "former member").isEmpty(), "not found by name");
        MatchView received = matches.get(rita, match);
        assertEquals(Member.FORMER_MEMBER_NAME, received.giverName());
        assertEquals("She led our payments migration.", received.reference().getExample(), "the reference stays with Rita");
        assertEquals(OfferStatus.CLOSED, testData.offerStatusOf(openOffer));
        assertEquals(MatchStatus.WITHDRAWN, testData.statusOf(proposal));
        List<AuditLine> logged = administration.auditLog(Founder.signIn(accounts),
                new AuditFilter(AuditEventType.DELETED, null, null, null, null), null).items();
        assertEquals(gus, logged.getFirst().memberId());
        assertEquals(Member.FORMER_MEMBER_NAME, logged.getFirst().memberName());

        long again = accounts.register(new Registration("Gus Returns", email, PASSWORD, true)).id();
        assertTrue(again != gus, "the email can join again, as someone new");
    }

    // ---------------------------------------------------------------- helpers

    private long person(String name) {
        return accounts.register(new Registration(name, "member-" + UUID.randomUUID() + "@example.org", PASSWORD, true)).id();
    }

    /** An accepted match: the giver offers this kind, the requester (who offers too) asks, the giver accepts. */
    private long acceptedMatch(long requester, long giver, HelpKind kind) {
        String shared = token();
        long offer = offers.post(giver, new OfferDraft(kind, token(), null, List.of(Tag.of(shared)), 5));
        if (!offers.hasOffered(requester)) {
            offers.post(requester, new OfferDraft(HelpKind.CHAT, token(), null, List.of(Tag.of(token())), 2));
        }
        long request = requests.post(requester, new RequestDraft(kind, token(), null, List.of(Tag.of(shared)), null, 1));
        long match = requests.getMine(requester, request).matches().stream().filter(m -> m.giverId() == giver)
                .map(MatchView::id).findFirst().orElseGet(() -> testData.propose(request, offer));
        matches.accept(giver, match);
        return match;
    }

    private static String token() {
        return "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
