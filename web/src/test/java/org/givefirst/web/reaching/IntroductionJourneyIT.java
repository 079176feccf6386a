package org.givefirst.web.reaching;

import org.givefirst.web.support.Deployments;
import org.givefirst.web.support.Mailbox;
import org.givefirst.web.support.Mailbox.ReceivedMail;
import org.givefirst.web.support.Visitor;
import org.givefirst.web.support.Visitors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A double opt-in introduction in real browsers, with the email that really arrives: Xavier asks
 * for an introduction; Gina, who offers introductions, accepts and introduces him to Yara from
 * her profile; Yara gets the email and the in-app invitation, agrees; Xavier and Yara write to each
 * other in their thread. Then Gina introduces Xavier to Zoe, who declines: Xavier sees nothing but
 * "not this time". Screenshots (and the invitation email rendered) land in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntroductionJourneyIT {

    private static final String PASSWORD = "generosity is a habit";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    private static Visitor xavier;
    private static Visitor gina;
    private static Visitor invitee;

    @RegisterExtension
    static final Visitors PEOPLE = new Visitors(3);

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.givefirstWar();
    }

    @BeforeAll
    static void castPeople() {
        xavier = PEOPLE.get(0);
        gina = PEOPLE.get(1);
        invitee = PEOPLE.get(2); // Yara, then Zoe
    }

    private Visitor as(Visitor visitor) {
        return PEOPLE.as(visitor, base);
    }

    @Test
    void anIntroductionBothAgreeToThenOneThatIsDeclined() throws IOException {
        String yaraEmail = Visitor.uniqueEmail();
        String zoeEmail = Visitor.uniqueEmail();

        // Yara and Zoe are members; Yara shares an address with the people she is introduced to.
        as(invitee).open("signup");
        invitee.signUp("Zoe Martin", zoeEmail, PASSWORD);
        invitee.forgetSession();
        invitee.open("signup");
        invitee.signUp("Yara Haddad", yaraEmail, PASSWORD);
        invitee.open("settings");
        invitee.fill("contact:contactDetails", "yara.haddad@example.net");
        invitee.click("contact:saveContact");
        assertThat(invitee.text("pageMessages")).contains("Your contact details are saved");
        // She takes the last kind of email (questions after a chat) in a daily digest; the choice is kept.
        List<WebElement> deliveries = invitee.driver().findElements(By.cssSelector("#email select"));
        new Select(deliveries.get(deliveries.size() - 1)).selectByValue("DAILY_DIGEST");
        invitee.click("email:saveEmail");
        assertThat(invitee.text("pageMessages")).contains("Your email choices are saved");
        List<WebElement> saved = invitee.driver().findElements(By.cssSelector("#email select"));
        assertThat(new Select(saved.get(saved.size() - 1)).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("DAILY_DIGEST");

        // Gina offers introductions.
        as(gina).open("signup");
        gina.signUp("Gina Rossi", Visitor.uniqueEmail(), PASSWORD);
        gina.postOffer("INTRODUCTION", "Introductions in Lyon's biotech scene", "biotech");
        assertThat(gina.text("pageMessages")).contains("Your offer is live");

        // Xavier gives first, then asks for an introduction.
        as(xavier).open("signup");
        xavier.signUp("Xavier Dupont", Visitor.uniqueEmail(), PASSWORD);
        xavier.postOffer("CHAT", "Chats about moving from finance into biotech", "finance");
        assertThat(xavier.text("pageMessages")).contains("Your offer is live");
        xavier.open("requests/new");
        xavier.choose("request:kind", "INTRODUCTION");
        xavier.fill("request:title", "An introduction to someone in Lyon's biotech scene");
        xavier.fill("request:tags", "biotech");
        xavier.click("request:post");

        // Gina accepts, finds Yara and introduces Xavier to her.
        as(gina).open("inbox");
        WebElement proposal = gina.driver().findElement(By.cssSelector("#proposals .proposal"));
        assertThat(proposal.getText()).contains("An introduction to someone in Lyon's biotech scene");
        gina.clickButton(proposal, "Accept");
        assertThat(gina.text("matchStatus")).isEqualTo("Accepted");
        gina.click("findContact");
        gina.fill("q", "yara");
        gina.click("search");
        gina.click(gina.driver().findElement(By.linkText("Yara Haddad")));
        gina.click("introduce");
        assertThat(gina.value("introduction:seeker")).isNotEmpty(); // Xavier, the only one she knows here
        gina.click("introduction:send");
        assertThat(gina.message("introduction:blurb")).isEqualTo("Please say in a few words why they should talk.");
        gina.fill("introduction:blurb", "Xavier is moving from finance into biotech; Yara built half of the Lyon scene.");
        gina.click("introduction:send");
        assertThat(gina.text("pageMessages")).contains("Your introduction is on its way");
        assertThat(gina.text("introductionStatus")).isEqualTo("Waiting for answers");

        // Yara receives the email, and the invitation in the app.
        ReceivedMail invitation = onlyMail(yaraEmail, "Gina Rossi would like to introduce you to someone");
        assertThat(invitation.text()).contains("Hello Yara Haddad,").contains("/introductions/view?id=")
                .doesNotContain("finance into biotech");
        assertThat(invitation.html()).contains("<a href=");
        Path rendered = Path.of(System.getProperty("givefirst.screenshots", "target/screenshots"), "invitation-email.html");
        Files.createDirectories(rendered.getParent());
        Files.writeString(rendered, invitation.html());
        as(invitee).driver().get(rendered.toUri().toString());
        invitee.screenshot("invitation-email");

        invitee.open("notifications");
        assertThat(invitee.text("notificationList")).contains("Gina Rossi would like to introduce you to Xavier Dupont");
        String invitationPath = linkIn(invitation.text(), "/introductions/view?id=");
        invitee.open(invitationPath.substring(1));
        assertThat(invitee.text("blurb")).isEqualTo("Xavier is moving from finance into biotech; Yara built half of the Lyon scene.");
        invitee.screenshot("introduction-invitation");
        invitee.click("answer:agree");
        assertThat(invitee.text("introductionStatus")).isEqualTo("Introduced");
        assertThat(invitee.text("contactDetails")).contains("They chose not to share contact details");
        invitee.click("openThread");
        invitee.fill("message:body", "Hello Xavier! Happy to talk biotech <b>any</b> time.");
        invitee.click("message:send");
        assertThat(invitee.text("messages")).contains("Hello Xavier! Happy to talk biotech <b>any</b> time.");

        // Xavier sees Yara's details and her message, and answers.
        as(xavier).open("notifications");
        assertThat(xavier.text("notificationList")).contains("You can now talk with Yara Haddad, introduced by Gina Rossi");
        xavier.open("conversations/index");
        xavier.click(xavier.driver().findElement(By.linkText("Yara Haddad")));
        assertThat(xavier.text("messages")).contains("Hello Xavier! Happy to talk biotech <b>any</b> time.");
        assertThat(xavier.driver().findElements(By.cssSelector("#messages b"))).isEmpty();
        xavier.fill("message:body", "Thank you, Yara! Would Tuesday suit you?");
        xavier.click("message:send");
        assertThat(xavier.text("messages")).contains("Thank you, Yara! Would Tuesday suit you?");
        xavier.click(xavier.driver().findElement(By.linkText("Introduction")));
        assertThat(xavier.text("contactDetails")).contains("yara.haddad@example.net");

        // Yara's message shows as read; Xavier's is there for her.
        as(invitee).driver().navigate().refresh();
        assertThat(invitee.texts(By.cssSelector("#messages .mine .read-marker"))).containsExactly("Read");
        assertThat(invitee.text("messages")).contains("Thank you, Yara! Would Tuesday suit you?");
        invitee.screenshot("introduction-thread");

        // Gina is thanked.
        as(gina).open("notifications");
        assertThat(gina.text("notificationList")).contains("Thanks to you, Xavier Dupont & Yara Haddad are now talking");

        // Gina introduces Xavier to Zoe, who declines: Xavier only learns "not this time".
        gina.open("members/index?q=zoe");
        gina.click(gina.driver().findElement(By.linkText("Zoe Martin")));
        gina.click("introduce");
        gina.fill("introduction:blurb", "Zoe runs a lab that hires people from finance.");
        gina.click("introduction:send");
        as(invitee).forgetSession();
        invitee.open("signin");
        invitee.fill("signin:email", zoeEmail);
        invitee.fill("signin:password", PASSWORD);
        invitee.click("signin:submit");
        invitee.open("introductions/index");
        invitee.click(invitee.driver().findElement(By.cssSelector("#introductionList a")));
        assertThat(invitee.has("answer:decline")).isTrue();
        invitee.click("answer:decline");
        assertThat(invitee.text("pageMessages")).contains("Nobody will be told who declined");

        as(xavier).open("introductions/index");
        List<String> items = xavier.texts(By.cssSelector("#introductionList li"));
        assertThat(items).anySatisfy(item -> assertThat(item).contains("Zoe Martin").contains("Not this time"));
        xavier.click(xavier.driver().findElement(By.partialLinkText("Zoe Martin")));
        assertThat(xavier.text("notThisTime")).isEqualTo("Not this time.");
        assertThat(xavier.text("content")).doesNotContain("declined").doesNotContain("lab that hires");
        assertThat(xavier.has("contactDetails")).isFalse();
        xavier.screenshot("introduction-not-this-time");

        // Yara stops invitation emails from the link in hers, without signing in.
        as(invitee).forgetSession();
        invitee.open(linkIn(invitation.text(), "/unsubscribe?").substring(1));
        assertThat(invitee.text("content")).contains("Stop emails about: Invitations to an introduction?");
        invitee.click("unsubscribe:confirm");
        assertThat(invitee.text("unsubscribed")).isEqualTo("Done: you will not get these emails any more.");
    }


    private static ReceivedMail onlyMail(String address, String subject) {
        List<ReceivedMail> mails = Mailbox.of(address).await(1, MAIL_WAIT);
        assertThat(mails).extracting(ReceivedMail::subject).containsExactly(subject);
        assertThat(mails.getFirst().to()).containsExactly(address);
        return mails.getFirst();
    }

    /** The path of the first link of the text that contains {@code part}. */
    private static String linkIn(String text, String part) {
        int at = text.indexOf(part);
        int end = text.indexOf('\n', at);
        return text.substring(at, end < 0 ? text.length() : end).strip();
    }
}
