package org.givefirst.web.administration;

import org.givefirst.web.support.Deployments;
import org.givefirst.web.support.Founder;
import org.givefirst.web.support.ScreenshotOnFailure;
import org.givefirst.web.support.Visitor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people who run the community, at work in a real headless Chromium. An administrator: settings
 * with a message beside each bad value, the sign-up throttle that follows them, roles, and the
 * audit log with its filters; a member who is not an administrator finds none of it. A member
 * blocks and reports another; a moderator decides, and the suspended member's open session ends.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationJourneyIT {

    private static final String PASSWORD = Founder.PASSWORD;

    private static Visitor visitor;

    @RegisterExtension
    static final ScreenshotOnFailure SCREENSHOTS = new ScreenshotOnFailure(() -> visitor.browser());

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.givefirstWar();
    }

    @BeforeAll
    static void openBrowser() {
        visitor = new Visitor();
    }

    @AfterAll
    static void closeBrowser() {
        if (visitor != null) {
            visitor.close();
        }
    }

    @Test
    void anAdministratorTunesTheCommunityGivesARoleAndReadsTheAuditLog() {
        visitor.at(base).forgetSession();
        String memberEmail = Visitor.uniqueEmail();
        visitor.open("signup");
        visitor.signUp("Nia Newcomer", memberEmail, PASSWORD);
        // Not an administrator: no way in, and the page says so kindly.
        assertThat(visitor.has("navAdmin")).isFalse();
        visitor.open("admin/settings");
        assertThat(visitor.text("content")).contains("Not for you, sorry");
        signOut();

        signInAsFounder();
        visitor.click("navAdmin");
        assertThat(visitor.driver().getCurrentUrl()).contains("/admin/settings");
        assertThat(value("OPEN_REQUEST_CAP")).isEqualTo("3");

        // Bad values: a message beside each, the good value kept, nothing saved.
        fill("OPEN_REQUEST_CAP", "lots");
        fill("LOCK_MINUTES", "0");
        fill("PROPOSAL_EXPIRY_HOURS", "48");
        visitor.click("communitySettings:save");
        assertThat(error("OPEN_REQUEST_CAP")).isEqualTo("Please enter a whole number from 1 to 50.");
        assertThat(error("LOCK_MINUTES")).isEqualTo("Please enter a whole number from 1 to 1,440.");
        assertThat(value("PROPOSAL_EXPIRY_HOURS")).isEqualTo("48");
        visitor.screenshot("admin-settings-errors");
        visitor.open("admin/settings");
        assertThat(value("PROPOSAL_EXPIRY_HOURS")).isEqualTo("72");

        // Good values apply at once: one sign-up an hour from this connection, already used.
        fill("SIGN_UPS_PER_ADDRESS", "1");
        new Select(visitor.driver().findElement(By.cssSelector("#setting-GIVE_FIRST_RULE select"))).selectByValue("0");
        visitor.click("communitySettings:save");
        assertThat(visitor.text("pageMessages")).contains("The settings are saved.");
        assertThat(value("SIGN_UPS_PER_ADDRESS")).isEqualTo("1");
        assertThat(hint("SIGN_UPS_PER_ADDRESS")).contains("Without this choice: 20.");
        visitor.screenshot("admin-settings");
        signOut();
        try {
            visitor.open("signup");
            visitor.signUp("Sam Second", Visitor.uniqueEmail(), PASSWORD);
            assertThat(visitor.text("pageMessages")).contains("Many accounts were created from your connection");
            assertThat(visitor.value("signup:displayName")).isEqualTo("Sam Second");
        } finally {
            signInAsFounder();
            visitor.open("admin/settings");
            fill("SIGN_UPS_PER_ADDRESS", "20");
            new Select(visitor.driver().findElement(By.cssSelector("#setting-GIVE_FIRST_RULE select"))).selectByValue("1");
            visitor.click("communitySettings:save");
            assertThat(visitor.text("pageMessages")).contains("The settings are saved.");
        }

        // A role for the newcomer, found by email.
        visitor.click("adminMembers");
        visitor.fill("q", memberEmail);
        visitor.click("search");
        WebElement row = visitor.driver().findElement(By.cssSelector("#memberResults li"));
        assertThat(row.getText()).contains("Nia Newcomer").contains(memberEmail);
        new Select(row.findElement(By.tagName("select"))).selectByVisibleText("Administrator");
        visitor.click(row.findElement(By.cssSelector("input[type='submit']")));
        assertThat(visitor.text("pageMessages")).contains("Nia Newcomer is now: Administrator.");
        visitor.screenshot("admin-members");

        // The audit log, filtered by member and event; a date that is not one is said beside it.
        visitor.click("adminAudit");
        visitor.fill("member", memberEmail);
        new Select(visitor.driver().findElement(By.id("type"))).selectByValue("ROLE_CHANGED");
        visitor.click("filter");
        assertThat(visitor.texts(By.cssSelector("#auditEvents tbody tr"))).singleElement().asString()
                .contains("Role changed").contains("Nia Newcomer").contains("Fran Founder").contains("MEMBER → ADMINISTRATOR");
        visitor.open("admin/audit?type=SETTINGS_CHANGED");
        assertThat(visitor.texts(By.cssSelector("#auditEvents tbody tr")).getFirst())
                .contains("Settings changed").contains("GIVE_FIRST_RULE 0 → 1").contains("SIGN_UPS_PER_ADDRESS 1 → 20");
        visitor.screenshot("admin-audit");
        visitor.open("admin/audit?from=yesterday&member=" + URLEncoder.encode(memberEmail, StandardCharsets.UTF_8));
        assertThat(visitor.text("fromMessage")).isEqualTo("Please enter a date like 2026-12-31.");
        assertThat(visitor.value("member")).isEqualTo(memberEmail);
        assertThat(visitor.texts(By.cssSelector("#auditEvents tbody tr"))).anyMatch(line -> line.contains("Signed up"));
    }

    @Test
    void aMemberReportsAnotherAndAModeratorSuspendsThemAtOnce() {
        // Tom is signed in, in a browser of his own, while all this happens.
        String tomEmail = Visitor.uniqueEmail();
        try (Visitor tom = new Visitor()) {
            tom.at(base).forgetSession();
            tom.open("signup");
            tom.signUp("Tom Troublesome", tomEmail, PASSWORD);
            tom.open("dashboard");
            String tomProfile = tom.driver().findElement(By.id("navMyProfile")).getDomAttribute("href");

            visitor.at(base).forgetSession();
            visitor.open("signup");
            visitor.signUp("Rita Reporter", Visitor.uniqueEmail(), PASSWORD);
            visitor.driver().get(visitor.url(tomProfile.substring(tomProfile.indexOf("members/profile"))).toString());

            // Blocked, listed in the settings, and unblocked there.
            visitor.click("block:change");
            assertThat(visitor.text("pageMessages")).contains("Blocked.");
            assertThat(visitor.value("block:change")).isEqualTo("Unblock");
            visitor.open("settings");
            assertThat(visitor.text("blockedMembers")).contains("Tom Troublesome");
            visitor.click(visitor.driver().findElement(By.cssSelector("#blockedMembers input[type='submit']")));
            assertThat(visitor.text("pageMessages")).contains("Unblocked.");
            assertThat(visitor.has("noneBlocked")).isTrue();

            // Reported: a reason is needed, and the details are kept meanwhile.
            visitor.driver().get(visitor.url(tomProfile.substring(tomProfile.indexOf("members/profile"))).toString());
            visitor.click("reportMember");
            assertThat(visitor.text("reportedMember")).isEqualTo("Tom Troublesome");
            visitor.fill("report:details", "He insults people who ask for help.");
            visitor.click("report:send");
            assertThat(visitor.text("report:reasonMessage")).isEqualTo("Please choose what is wrong.");
            assertThat(visitor.value("report:details")).isEqualTo("He insults people who ask for help.");
            visitor.choose("report:reason", "HARASSMENT");
            visitor.screenshot("report");
            visitor.click("report:send");
            assertThat(visitor.text("pageMessages")).contains("Thank you. A moderator will look at it.");
            signOut();

            // The founder moderates: a warning needs its note; a suspension ends Tom's session.
            signInAsFounder();
            visitor.click("navModeration");
            WebElement report = reportAbout("Tom Troublesome");
            assertThat(report.getText()).containsIgnoringCase("Harassment or bullying").contains("He insults people who ask for help.")
                    .contains("reported by Rita Reporter");
            visitor.click(report.findElement(By.cssSelector("input[value='Warn']")));
            assertThat(reportAbout("Tom Troublesome").findElement(By.className("field-error")).getText())
                    .isEqualTo("Please write the warning the member will read.");
            visitor.screenshot("moderation");
            visitor.click(reportAbout("Tom Troublesome").findElement(By.cssSelector("input[value='Suspend the member']")));
            assertThat(visitor.text("pageMessages")).contains("The member is suspended and signed out everywhere.");
            assertThat(visitor.text("suspendedMembers")).contains("Tom Troublesome");

            tom.open("dashboard");
            assertThat(tom.driver().getCurrentUrl()).as("his session ended").contains("/signin");
            tom.fill("signin:email", tomEmail);
            tom.fill("signin:password", PASSWORD);
            tom.click("signin:submit");
            assertThat(tom.text("pageMessages")).contains("This account is suspended");

            visitor.click(visitor.driver().findElement(By.cssSelector("#suspendedMembers input[value='Lift the suspension']")));
            assertThat(visitor.text("pageMessages")).contains("The suspension is lifted");
            tom.fill("signin:password", PASSWORD);
            tom.click("signin:submit");
            assertThat(tom.driver().getCurrentUrl()).contains("/dashboard");
        }
    }

    /** The open report about this member on the moderation page. */
    private static WebElement reportAbout(String name) {
        return visitor.driver().findElements(By.cssSelector("#reports .report-card")).stream()
                .filter(card -> card.getText().contains("About " + name)).findFirst().orElseThrow();
    }

    private void signInAsFounder() {
        visitor.open("signin");
        visitor.fill("signin:email", Founder.EMAIL);
        visitor.fill("signin:password", PASSWORD);
        visitor.click("signin:submit");
        if (visitor.driver().getCurrentUrl().contains("/signin")) { // first time in this database
            visitor.open("signup");
            visitor.signUp(Founder.NAME, Founder.EMAIL, PASSWORD);
            signOut(); // becomes an administrator at sign-in
            signInAsFounder();
        }
    }

    private void signOut() {
        visitor.click("signOutForm:signOut");
    }

    private static WebElement input(String setting) {
        return visitor.driver().findElement(By.cssSelector("#setting-" + setting + " input, #setting-" + setting + " select"));
    }

    private static void fill(String setting, String text) {
        WebElement input = input(setting);
        input.clear();
        input.sendKeys(text);
    }

    private static String value(String setting) {
        return input(setting).getDomProperty("value");
    }

    private static String error(String setting) {
        return visitor.driver().findElement(By.cssSelector("#setting-" + setting + " .field-error")).getText().strip();
    }

    private static String hint(String setting) {
        return visitor.driver().findElement(By.cssSelector("#setting-" + setting + " .field-hint")).getText().strip();
    }
}
