package org.givefirst.web.administration;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.givefirst.domain.audit.AuditEventType;
import org.givefirst.domain.community.Setting;
import org.givefirst.domain.member.Role;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.ejb.administration.AdministrationService;
import org.givefirst.ejb.administration.NotAnAdministratorException;
import org.givefirst.ejb.administration.OwnRoleException;
import org.givefirst.ejb.administration.SettingLine;
import org.givefirst.ejb.audit.AuditFilter;
import org.givefirst.ejb.audit.AuditLine;
import org.givefirst.ejb.community.CommunitySettings;
import org.givefirst.ejb.member.AccountService;
import org.givefirst.ejb.member.AccountThrottle;
import org.givefirst.ejb.member.Registration;
import org.givefirst.web.support.Deployments;
import org.givefirst.web.support.Founder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Administration inside Payara Micro: the first administrator from configuration, settings that
 * change all at once or not at all and apply at once, roles, the audit log and its filters, and
 * the sign-up throttle that follows its setting.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    private static final String FOUNDER = Founder.EMAIL;
    private static final String PASSWORD = "a long and quiet river";

    @Deployment
    static WebArchive deployment() {
        return Deployments.givefirstWar().addClass(Founder.class);
    }

    @EJB
    private AccountService accounts;

    @EJB
    private AdministrationService administration;

    @Inject
    private CommunitySettings settings;

    @Inject
    private AccountThrottle throttle;

    private static String uniqueEmail() {
        return "member-" + UUID.randomUUID() + "@example.org";
    }

    private long founder() {
        return Founder.signIn(accounts);
    }

    private long member(String name, String email) {
        return accounts.register(new Registration(name, email, PASSWORD, true)).id();
    }

    private List<AuditLine> events(AuditFilter filter) {
        return administration.auditLog(founder(), filter, null).items();
    }

    @Test
    void aConfiguredEmailBecomesAnAdministratorWhenItSignsIn() {
        long founder = founder();

        assertEquals(Role.ADMINISTRATOR, accounts.findSignedIn(founder).orElseThrow().role());
        List<AuditLine> promotions = events(new AuditFilter(AuditEventType.ROLE_CHANGED, FOUNDER, null, null, null));
        assertEquals(founder, promotions.getLast().memberId(), "the first promotion is the founder's own");
        assertNull(promotions.getLast().actorId(), "made by configuration, not by someone");
    }

    @Test
    void settingsChangeAllAtOnceOrNotAtAllAndApplyAtOnce() {
        long founder = founder();
        assertEquals(3, settings.getOpenRequestCap());

        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> administration.changeSettings(
                founder, Map.of(Setting.OPEN_REQUEST_CAP, 5, Setting.LOCK_MINUTES, 0)));
        assertEquals(Optional.of("LOCK_MINUTES"), refused.getField());
        assertEquals(3, settings.getOpenRequestCap(), "nothing was written");

        administration.changeSettings(founder, Map.of(Setting.OPEN_REQUEST_CAP, 5, Setting.GIVE_FIRST_RULE, 1));
        try {
            assertEquals(5, settings.getOpenRequestCap());
            SettingLine cap = administration.settings(founder).stream()
                    .filter(line -> line.setting() == Setting.OPEN_REQUEST_CAP).findFirst().orElseThrow();
            assertEquals(new SettingLine(Setting.OPEN_REQUEST_CAP, 5, 3, true), cap);
            AuditLine change = events(new AuditFilter(AuditEventType.SETTINGS_CHANGED, null, null, null, null)).getFirst();
            assertEquals("OPEN_REQUEST_CAP 3 → 5", change.detail(), "only what changed is logged");
            assertEquals(founder, change.actorId());
        } finally {
            administration.changeSettings(founder, Map.of(Setting.OPEN_REQUEST_CAP, 3));
        }
    }

    @Test
    void aMemberWhoIsNotAnAdministratorCannotAdminister() {
        long member = member("Mo Member", uniqueEmail());

        assertThrows(NotAnAdministratorException.class, () -> administration.settings(member));
        assertThrows(NotAnAdministratorException.class,
                () -> administration.changeSettings(member, Map.of(Setting.GIVE_FIRST_RULE, 0)));
        assertThrows(NotAnAdministratorException.class, () -> administration.changeRole(member, member, Role.ADMINISTRATOR));
        assertThrows(NotAnAdministratorException.class, () -> administration.auditLog(member, AuditFilter.everything(), null));
        assertTrue(settings.isGiveFirstRule());
    }

    @Test
    void anAdministratorGivesRolesButNeverChangesTheirOwn() {
        long founder = founder();
        String email = uniqueEmail();
        long ada = member("Ada Admin", email);

        administration.changeRole(founder, ada, Role.ADMINISTRATOR);
        assertEquals(Role.ADMINISTRATOR, accounts.findSignedIn(ada).orElseThrow().role());
        assertEquals(List.of(ada), administration.findMembers(founder, email.toUpperCase()).stream().map(line -> line.id()).toList());
        assertTrue(administration.findMembers(founder, "").stream().anyMatch(line -> line.id() == ada),
                "without a query: the administrators");

        assertThrows(OwnRoleException.class, () -> administration.changeRole(ada, ada, Role.MEMBER));
        administration.changeRole(ada, founder, Role.ADMINISTRATOR); // no change: nothing logged
        AuditLine change = events(new AuditFilter(AuditEventType.ROLE_CHANGED, email, null, null, null)).getFirst();
        assertEquals("MEMBER → ADMINISTRATOR", change.detail());
        assertEquals(founder, change.actorId());
        assertEquals("Fran Founder", change.actorName());

        administration.changeRole(founder, ada, Role.MEMBER);
        assertEquals(Role.MEMBER, accounts.findSignedIn(ada).orElseThrow().role());
    }

    @Test
    void signInsAreLoggedWithTheirAddressButNeverASecret() {
        String email = uniqueEmail();
        long ines = member("Inès Logged", email);
        accounts.authenticate(email, "a wrong guess at it");
        accounts.authenticate(email, PASSWORD);
        accounts.authenticate("nobody-" + email, PASSWORD);

        List<AuditLine> hers = events(new AuditFilter(null, email, null, null, null));
        assertEquals(List.of(AuditEventType.SIGNED_IN, AuditEventType.SIGN_IN_FAILED, AuditEventType.SIGNED_UP),
                hers.stream().map(AuditLine::type).toList(), "newest first");
        assertTrue(hers.stream().allMatch(line -> line.memberId() == ines && email.equals(line.memberEmail())));
        assertTrue(hers.stream().allMatch(line -> line.clientAddress() != null), "the request's address is kept");
        assertEquals("wrong password", hers.get(1).detail());

        AuditLine unknown = events(new AuditFilter(AuditEventType.SIGN_IN_FAILED, null, null, null, null)).getFirst();
        assertNull(unknown.memberId(), "an unknown email names nobody");
        assertEquals("unknown email", unknown.detail());
        assertFalse(events(AuditFilter.everything()).stream().anyMatch(line -> line.detail() != null
                && (line.detail().contains(PASSWORD) || line.detail().contains("nobody-"))), "no secret, no typed email");

        assertEquals(List.of(), events(new AuditFilter(null, "nobody-" + email, null, null, null)));
        assertEquals(List.of(), events(new AuditFilter(null, email, "198.51.100.1", null, null)));
        String address = hers.getFirst().clientAddress();
        assertEquals(hers, events(new AuditFilter(null, email, address, hers.getLast().occurredAt(), null)));
        assertEquals(List.of(), events(new AuditFilter(null, email, null, null, hers.getLast().occurredAt())));
    }

    @Test
    void signUpsPerAddressFollowTheirSetting() {
        long founder = founder();
        String address = "203.0.113." + UUID.randomUUID().toString().substring(0, 8);
        administration.changeSettings(founder, Map.of(Setting.SIGN_UPS_PER_ADDRESS, 3));
        try {
            for (int i = 1; i <= 3; i++) {
                assertTrue(throttle.signUpAllowed(address), "sign-up " + i);
            }
            assertFalse(throttle.signUpAllowed(address));
            assertTrue(throttle.signUpAllowed(address + "-other"), "other addresses go on");
        } finally {
            administration.changeSettings(founder, Map.of(Setting.SIGN_UPS_PER_ADDRESS, Setting.SIGN_UPS_PER_ADDRESS.getDefaultValue()));
        }
    }

    @Test
    void anAccountNeverTakesMoreFailuresAnHourThanItsSettingWhateverTheLock() {
        long founder = founder();
        administration.changeSettings(founder, Map.of(Setting.FAILURES_TO_LOCK, 1_000, Setting.FAILURES_PER_HOUR, 3));
        try {
            String email = uniqueEmail();
            String address = "203.0.113." + UUID.randomUUID().toString().substring(0, 8);
            for (int i = 1; i <= 3; i++) {
                assertEquals(Optional.empty(), throttle.attempt(address, email), "attempt " + i);
                assertFalse(throttle.failed(email), "no lock before a thousand failures");
            }
            assertEquals(Optional.of(AccountThrottle.Refusal.ACCOUNT_LOCKED), throttle.attempt(address, email));
        } finally {
            administration.changeSettings(founder, Map.of(
                    Setting.FAILURES_TO_LOCK, Setting.FAILURES_TO_LOCK.getDefaultValue(),
                    Setting.FAILURES_PER_HOUR, Setting.FAILURES_PER_HOUR.getDefaultValue()));
        }
    }
}
