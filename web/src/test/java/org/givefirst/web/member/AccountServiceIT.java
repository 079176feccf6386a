package org.givefirst.web.member;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.givefirst.domain.member.ProfileDetails;
import org.givefirst.domain.shared.BusinessException;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.domain.shared.Tag;
import org.givefirst.ejb.member.AccountService;
import org.givefirst.ejb.member.AccountThrottle;
import org.givefirst.ejb.member.EmailAlreadyRegisteredException;
import org.givefirst.ejb.member.GuidelinesNotAcceptedException;
import org.givefirst.ejb.member.InvalidResetLinkException;
import org.givefirst.ejb.member.MemberProfile;
import org.givefirst.ejb.member.NotYourProfileException;
import org.givefirst.ejb.member.PasswordHasher;
import org.givefirst.ejb.member.PasswordResets;
import org.givefirst.ejb.member.Registration;
import org.givefirst.ejb.member.SignedInMember;
import org.givefirst.web.support.Deployments;
import org.givefirst.web.support.Mailbox;
import org.givefirst.web.support.Mailbox.ReceivedMail;
import org.givefirst.web.support.Race;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The account service against the real datasource, inside Payara Micro: sign-up and its refusals,
 * password checks, and profiles that only their owner can change.
 */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final String PASSWORD = "a long and quiet river";

    @Deployment
    static WebArchive deployment() {
        return Deployments.givefirstWar().addClasses(Mailbox.class, Race.class);
    }

    @EJB
    private AccountService accounts;

    @Inject
    private PasswordHasher passwordHasher;

    @Inject
    private AccountThrottle throttle;

    @EJB
    private PasswordResets resets;

    @Resource
    private ManagedExecutorService executor;

    private static String uniqueEmail() {
        return "member-" + UUID.randomUUID() + "@example.org";
    }

    private MemberProfile register(String name, String email) {
        return accounts.register(new Registration(name, email, PASSWORD, true));
    }

    @Test
    void registersAMemberKeepingTheirNameExactly() {
        String email = uniqueEmail();
        MemberProfile member = register("  Zoë Ñúñez 李娜 فاطمة שרה 🌱 ", "  " + email.toUpperCase() + " ");

        assertEquals("Zoë Ñúñez 李娜 فاطمة שרה 🌱", member.displayName());
        assertEquals("Zoë Ñúñez 李娜 فاطمة שרה 🌱", accounts.getProfile(member.id()).displayName());
        assertEquals(Optional.of(member.id()), accounts.authenticate(email, PASSWORD).map(SignedInMember::id));
    }

    @Test
    void storesPasswordsAsPbkdf2WithSha256AtSixHundredThousandIterations() {
        assertTrue(passwordHasher.hash(PASSWORD).startsWith("PBKDF2WithHmacSHA256:600000:"));
    }

    @Test
    void refusesASecondAccountForTheSameEmailWhateverItsCase() {
        String email = uniqueEmail();
        register("First", email);
        long members = accounts.countMembers();

        assertThrows(EmailAlreadyRegisteredException.class, () -> register("Second", " " + email.toUpperCase()));
        assertEquals(members, accounts.countMembers());
    }

    @Test
    void oneOfManyRacingSignUpsWithOneEmailWins() throws Exception {
        String email = uniqueEmail();
        List<Callable<MemberProfile>> signUps = IntStream.range(0, 6)
                .<Callable<MemberProfile>>mapToObj(i -> () -> register("Racer " + i, email)).toList();

        List<Race.Outcome<MemberProfile>> outcomes = Race.run(executor, signUps);

        Race.assertAllFailedWith(EmailAlreadyRegisteredException.class, outcomes);
        int won = Race.succeeded(outcomes).size();
        assertEquals(1, won);
    }

    @Test
    void refusesBadSignUpsFieldByFieldAndSavesNothing() {
        long members = accounts.countMembers();
        assertRefused("email", () -> accounts.register(new Registration("Ana", "ana.example.org", PASSWORD, true)));
        assertRefused("password", () -> accounts.register(new Registration("Ana", uniqueEmail(), "too short", true)));
        assertRefused("password", () -> accounts.register(new Registration("Ana", uniqueEmail(), "password1234", true)));
        assertRefused("password", () -> accounts.register(new Registration("Ana", uniqueEmail(), "x".repeat(129), true)));
        assertRefused("displayName", () -> accounts.register(new Registration("  ", uniqueEmail(), PASSWORD, true)));
        assertRefused("displayName", () -> accounts.register(new Registration("n".repeat(81), uniqueEmail(), PASSWORD, true)));
        assertThrows(GuidelinesNotAcceptedException.class,
                () -> accounts.register(new Registration("Ana", uniqueEmail(), PASSWORD, false)));
        assertEquals(members, accounts.countMembers());
    }

    @Test
    void refusesAWrongPasswordAndAnUnknownEmailAlike() {
        String email = uniqueEmail();
        register("Ana", email);

        assertEquals(Optional.empty(), accounts.authenticate(email, PASSWORD + "!"));
        assertEquals(Optional.empty(), accounts.authenticate(uniqueEmail(), PASSWORD));
        assertEquals(Optional.empty(), accounts.authenticate("not an email", PASSWORD));
        assertEquals(Optional.empty(), accounts.authenticate(email, ""));
    }

    @Test
    void theOwnerUpdatesTheirProfile() {
        MemberProfile ana = register("Ana", uniqueEmail());

        accounts.updateProfile(ana.id(), ana.id(), new ProfileDetails("Ana Silva 🌍", "Backend engineer, payments",
                "Ten years of Java.\nHappy to help.", "Lisboa", List.of(Tag.of("Java"), Tag.of("backend"), Tag.of("数据"))));

        MemberProfile saved = accounts.getProfile(ana.id());
        assertEquals("Ana Silva 🌍", saved.displayName());
        assertEquals("Backend engineer, payments", saved.headline());
        assertEquals("Ten years of Java.\nHappy to help.", saved.bio());
        assertEquals("Lisboa", saved.location());
        assertEquals(List.of(Tag.of("backend"), Tag.of("java"), Tag.of("数据")), saved.skills());

        accounts.updateProfile(ana.id(), ana.id(), new ProfileDetails("Ana Silva 🌍", null, null, null, List.of(Tag.of("java"))));
        assertEquals(List.of(Tag.of("java")), accounts.getProfile(ana.id()).skills());
    }

    @Test
    void nobodyChangesSomeoneElsesProfile() {
        MemberProfile ana = register("Ana", uniqueEmail());
        MemberProfile mallory = register("Mallory", uniqueEmail());

        assertThrows(NotYourProfileException.class, () -> accounts.updateProfile(mallory.id(), ana.id(),
                new ProfileDetails("Hacked", "Hacked", null, null, List.of())));

        MemberProfile unchanged = accounts.getProfile(ana.id());
        assertEquals("Ana", unchanged.displayName());
        assertEquals(null, unchanged.headline());
    }

    @Test
    void anInvalidProfileChangeSavesNothing() {
        MemberProfile ana = register("Ana", uniqueEmail());
        accounts.updateProfile(ana.id(), ana.id(), new ProfileDetails("Ana", "Engineer", null, null, List.of(Tag.of("java"))));

        assertRefused("headline", () -> accounts.updateProfile(ana.id(), ana.id(),
                new ProfileDetails("Ana B", "h".repeat(121), null, null, List.of())));

        MemberProfile unchanged = accounts.getProfile(ana.id());
        assertEquals("Ana", unchanged.displayName());
        assertEquals("Engineer", unchanged.headline());
        assertEquals(List.of(Tag.of("java")), unchanged.skills());
    }

    // ---------------------------------------------------------------- throttling sign-in

    @Test
    void aClientAddressGetsTwentyFiveSignInAttemptsInFiveMinutes() {
        String address = "203.0.113." + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 25; i++) {
            assertEquals(Optional.empty(), throttle.attempt(address, uniqueEmail()), "attempt " + i);
        }
        assertEquals(Optional.of(AccountThrottle.Refusal.TOO_MANY_FROM_ADDRESS), throttle.attempt(address, uniqueEmail()));
        assertEquals(Optional.empty(), throttle.attempt(address + "-other", uniqueEmail()), "other addresses go on");
    }

    @Test
    void tenFailuresInARowLockAnAccountFromEveryAddress() {
        String email = uniqueEmail();
        for (int i = 0; i < 9; i++) {
            assertEquals(Optional.empty(), throttle.attempt(address(), email));
            throttle.failed(email);
        }
        throttle.succeeded(email); // a success starts the count again
        for (int i = 0; i < 9; i++) {
            assertEquals(Optional.empty(), throttle.attempt(address(), email), "failure " + (i + 1) + " after the success");
            throttle.failed(email);
        }
        throttle.failed(email.toUpperCase()); // the tenth in a row, however the email is typed

        assertEquals(Optional.of(AccountThrottle.Refusal.ACCOUNT_LOCKED), throttle.attempt(address(), email));
        assertEquals(Optional.of(AccountThrottle.Refusal.ACCOUNT_LOCKED), throttle.attempt(address(), " " + email.toUpperCase()));
        assertEquals(Optional.empty(), throttle.attempt(address(), uniqueEmail()), "other accounts go on");
    }

    // ---------------------------------------------------------------- password reset

    @Test
    void aResetLinkArrivesWorksOnceAndEndsTheOldPassword() {
        String email = uniqueEmail();
        MemberProfile ana = register("Ana", email);
        int epochBefore = accounts.findSignedIn(ana.id()).orElseThrow().sessionEpoch();

        resets.request(" " + email.toUpperCase() + " ");
        ReceivedMail mail = Mailbox.of(email).await(1, Duration.ofSeconds(20)).getFirst();
        assertEquals("Reset your GiveFirst password", mail.subject());
        assertNull(mail.listUnsubscribe(), "an email the member asked for has nothing to unsubscribe from");
        String token = mail.text().replaceAll("(?s).*/password/reset\\?t=([A-Za-z0-9_-]+).*", "$1");
        assertTrue(resets.isUsable(token));

        assertRefused("password", () -> resets.reset(token, "short"));
        assertTrue(resets.isUsable(token), "a refused password does not use the link up");
        resets.reset(token, "a brand new and long secret");

        assertEquals(Optional.of(epochBefore + 1), accounts.findSignedIn(ana.id()).map(SignedInMember::sessionEpoch), "other sessions end");
        assertEquals(Optional.empty(), accounts.authenticate(email, PASSWORD));
        assertEquals(Optional.of(ana.id()), accounts.authenticate(email, "a brand new and long secret").map(SignedInMember::id));
        assertFalse(resets.isUsable(token));
        assertThrows(InvalidResetLinkException.class, () -> resets.reset(token, "yet another long secret"));
        assertThrows(InvalidResetLinkException.class, () -> resets.reset("made-up-token", "yet another long secret"));
    }

    @Test
    void askingForAResetTellsNothingAndSendsNothingForAnUnknownEmail() {
        String unknown = uniqueEmail();
        resets.request(unknown);
        resets.request("not an email");
        assertEquals(List.of(), Mailbox.of(unknown).await(1, Duration.ofSeconds(3)), "no email for an unknown address");
    }

    @Test
    void atMostThreeResetEmailsAnHourGoToOneAddress() {
        String email = uniqueEmail();
        register("Bo", email);
        for (int i = 0; i < 5; i++) {
            resets.request(email);
        }
        List<ReceivedMail> mails = Mailbox.of(email).await(5, Duration.ofSeconds(8));
        assertEquals(3, mails.size(), () -> "emails: " + mails.stream().map(ReceivedMail::subject).toList());
    }

    private static String address() {
        return "198.51.100." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void assertRefused(String field, Executable useCase) {
        BusinessException refusal = assertThrows(InvalidValueException.class, useCase);
        assertEquals(Optional.of(field), refusal.getField());
    }
}
