package org.givefirst.web.giving;

import org.givefirst.web.support.Deployments;
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

import java.net.URL;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole giving loop in two real browsers, as two people live it: A offers references; B offers
 * a chat, then asks for a reference; A sees the proposal with the reasons, accepts and writes the
 * reference; B reads it and thanks A; their profiles show one reference given and one received.
 * Screenshots of the inbox and of the delivered reference land in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GivingJourneyIT {

    private static final String PASSWORD = "generosity is a habit";

    private static Visitor ana;
    private static Visitor ben;

    @RegisterExtension
    static final Visitors PEOPLE = new Visitors(2);

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.givefirstWar();
    }

    @BeforeAll
    static void castPeople() {
        ana = PEOPLE.get(0);
        ben = PEOPLE.get(1);
    }

    private Visitor as(Visitor visitor) {
        return PEOPLE.as(visitor, base);
    }

    /** Each test starts with both people signed out. */
    @org.junit.jupiter.api.BeforeEach
    void signedOut() {
        as(ana).forgetSession();
        as(ben).forgetSession();
    }

    @Test
    void anOfferARequestAMatchAReferenceAndAThankYou() {
        // Ana offers references.
        as(ana).open("signup");
        ana.signUp("Ana Ferreira", Visitor.uniqueEmail(), PASSWORD);
        ana.open("offers/new");
        ana.choose("offer:kind", "REFERENCE");
        ana.fill("offer:title", "References for backend engineers I worked with");
        ana.fill("offer:description", "Ten years of Java backends in payments.");
        ana.fill("offer:tags", "java, backend");
        ana.fill("offer:capacity", "2");
        ana.click("offer:post");
        assertThat(ana.text("pageMessages")).contains("Your offer is live");
        assertThat(ana.text("offerList")).contains("References for backend engineers I worked with").contains("2 of 2 left this month");

        // Ben must give first: the request page says so kindly and leads to offering.
        as(ben).open("signup");
        ben.signUp("Ben Okoro", Visitor.uniqueEmail(), PASSWORD);
        ben.open("requests/new");
        assertThat(ben.text("giveFirstRule")).contains("Give first, then ask");
        ben.click("offerSomething");
        ben.choose("offer:kind", "CHAT");
        ben.fill("offer:title", "Chats about moving from support into product");
        ben.fill("offer:tags", "product, career change");
        ben.fill("offer:capacity", "3");
        ben.click("offer:post");

        // Now Ben asks for a reference.
        ben.open("requests/new");
        ben.choose("request:kind", "REFERENCE");
        ben.fill("request:title", "A reference for a senior backend role at a bank");
        ben.fill("request:details", "I am applying for a senior backend engineer role; the bank asks for two references.");
        ben.fill("request:tags", "backend");
        ben.setValue("request:neededBy", LocalDate.now().plusDays(30).toString());
        ben.click("request:post");
        assertThat(ben.text("requestStatus")).isEqualTo("Open");
        assertThat(ben.text("asking")).contains("We are asking one member who fits");

        // Ana sees the proposal, and why she was chosen.
        as(ana).open("inbox");
        WebElement proposal = ana.driver().findElement(By.cssSelector("#proposals .proposal"));
        assertThat(proposal.getText()).contains("A reference for a senior backend role at a bank").contains("Asked by Ben Okoro");
        assertThat(proposal.findElements(By.cssSelector(".why .tag")).stream().map(WebElement::getText)).contains("backend");
        assertThat(ana.text("unreadCount")).isEqualTo("1");
        ana.screenshot("inbox");
        ana.clickButton(proposal, "Accept");

        // Ana writes the reference.
        assertThat(ana.text("matchStatus")).isEqualTo("Accepted");
        ana.fill("reference:howKnown", "We built the payments platform together at Banco Norte for three years.");
        ana.fill("reference:strengths", "Calm under pressure, writes clear code, mentors juniors.");
        ana.fill("reference:example", "When settlement failed on a Friday night, Ben found the race and shipped a fix by morning.");
        ana.fill("reference:forRole", "Senior backend engineer");
        ana.click("reference:send");
        assertThat(ana.text("pageMessages")).contains("Your reference is delivered");
        assertThat(ana.text("deliveredReference")).contains("Calm under pressure");

        // Ben reads it, and thanks Ana.
        as(ben).open("notifications");
        assertThat(ben.text("notificationList")).contains("Ana Ferreira delivered your reference");
        ben.open("requests/index");
        ben.click(ben.driver().findElement(By.linkText("A reference for a senior backend role at a bank")));
        assertThat(ben.text("requestStatus")).isEqualTo("Matched");
        assertThat(ben.text("givers")).contains("Ana Ferreira").contains("Banco Norte").contains("Senior backend engineer");
        ben.screenshot("delivered-reference");
        ben.fill(ben.driver().findElement(By.cssSelector(".thank-form textarea")).getAttribute("id"),
                "Thank you, Ana — I got the interview!");
        ben.click(ben.driver().findElement(By.cssSelector(".thank-form input[type='submit']")));
        assertThat(ben.text("requestStatus")).isEqualTo("Fulfilled");
        assertThat(ben.text("givers")).contains("Thank you, Ana — I got the interview!");

        // Both profiles show the giving, side by side.
        ben.click("navMyProfile");
        assertThat(ben.text("giving-REFERENCE")).isEqualTo("Reference 0 1");
        as(ana).click("navMyProfile");
        assertThat(ana.text("giving-REFERENCE")).isEqualTo("Reference 1 0");
        assertThat(ana.text("activeOffers")).contains("References for backend engineers I worked with");
    }

    @Test
    void badOfferInputIsExplainedBesideEachFieldAndNothingIsPosted() {
        as(ana).open("signup");
        ana.signUp("Carla Díaz", Visitor.uniqueEmail(), PASSWORD);
        ana.open("offers/new");
        ana.fill("offer:title", "");
        ana.fill("offer:capacity", "1000");
        ana.fill("offer:tags", "java, <script>");
        ana.click("offer:post");
        assertThat(ana.message("kind")).isEmpty(); // the picker's message sits in the form
        assertThat(ana.text("offer:kindMessage")).isEqualTo("Please choose a kind of help.");
        assertThat(ana.message("offer:title")).isEqualTo("Please give it a short title.");
        assertThat(ana.message("offer:capacity")).isEqualTo("Please choose a number from 1 to 20.");
        assertThat(ana.message("offer:tags")).startsWith("A tag is made of letters and digits");
        assertThat(ana.value("offer:tags")).isEqualTo("java, <script>");

        ana.choose("offer:kind", "ADVICE");
        ana.fill("offer:title", "t".repeat(121));
        ana.fill("offer:capacity", "0");
        ana.fill("offer:tags", "java");
        ana.click("offer:post");
        assertThat(ana.message("offer:title")).isEqualTo("Please keep the title to 120 characters.");
        assertThat(ana.message("offer:capacity")).isEqualTo("Please choose a number from 1 to 20.");

        ana.open("offers/index");
        assertThat(ana.has("noOffers")).isTrue();
    }
}
