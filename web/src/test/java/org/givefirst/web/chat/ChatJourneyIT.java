package org.givefirst.web.chat;

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
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chat section of a match page in two real browsers: Ana in Lisbon offers times (a mistake
 * first), Ben in Tokyo reads them in his own time and picks one, both see the chosen time in their
 * zone, the calendar file downloads for members only, and a reschedule without a note is explained
 * beside the field. Screenshots of the section land in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatJourneyIT {

    private static final String PASSWORD = "generosity is a habit";
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

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

    @Test
    void twoMembersInTwoZonesPlanTheChatOnItsPage() throws Exception {
        String tag = tag();
        // Ana, in Lisbon, offers chats; Ben, in Tokyo, asks for one.
        as(ana).open("signup");
        ana.signUp("Ana Ferreira", Visitor.uniqueEmail(), PASSWORD);
        setZone(ana, "Europe/Lisbon");
        ana.postOffer("CHAT", "Chats about " + tag, tag);

        as(ben).open("signup");
        ben.signUp("Ben Okoro", Visitor.uniqueEmail(), PASSWORD);
        setZone(ben, "Asia/Tokyo");
        ben.postOffer("ADVICE", "Advice on " + tag(), tag());
        ben.open("requests/new");
        ben.choose("request:kind", "CHAT");
        ben.fill("request:title", "A chat about moving into " + tag);
        ben.fill("request:tags", tag);
        ben.click("request:post");

        // Ana accepts and offers two times in Lisbon: 18:00 there is 03:00 the next day in Tokyo.
        as(ana);
        ana.open("inbox");
        ana.clickButton(ana.driver().findElement(By.cssSelector("#proposals .proposal")), "Accept");
        assertTrue(ana.text("chatZone").contains("Europe/Lisbon"), ana.text("chatZone"));
        LocalDate day = LocalDate.now(LISBON).plusDays(10);
        ana.setValue("chatOffer:rows:0:date", day.toString());
        ana.setValue("chatOffer:rows:0:time", "18:00");
        ana.click("chatOffer:offer");
        assertEquals("Please offer from 2 to 5 times.", ana.text("chatOffer:slotsMessage"), "one time is not enough");
        assertEquals(day.toString(), ana.value("chatOffer:rows:0:date"), "what was typed stays");
        ana.screenshot("chat-offer-mistake");
        ana.setValue("chatOffer:rows:1:date", day.plusDays(1).toString());
        ana.click("chatOffer:offer");
        assertEquals("Please give both the date and the time, or leave both empty.",
                ana.message("chatOffer:rows:1:time"));
        ana.setValue("chatOffer:rows:1:time", "09:30");
        new Select(ana.driver().findElement(By.id("chatOffer:duration"))).selectByValue("45");
        ana.click("chatOffer:offer");
        assertTrue(ana.text("pageMessages").contains("Your times are offered"), ana.text("pageMessages"));
        String matchUrl = ana.driver().getCurrentUrl();

        // Ben sees the times in Tokyo and picks the first.
        as(ben);
        ben.open("notifications");
        assertTrue(ben.text("notificationList").contains("Ana Ferreira offered times for your chat"));
        ben.driver().get(matchUrl);
        assertTrue(ben.text("chatZone").contains("Asia/Tokyo"));
        List<String> slots = ben.texts(By.cssSelector("#slotList .slot-time"));
        assertEquals(2, slots.size());
        assertTrue(slots.get(0).startsWith(fullDate(day.plusDays(1))), slots.toString());
        assertTrue(slots.get(0).contains("3:00"), slots.toString());
        ben.screenshot("chat-pick");
        ben.clickButton(ben.driver().findElement(By.id("slotList")), "Pick this time");
        assertTrue(ben.text("chatTime").startsWith(fullDate(day.plusDays(1))), ben.text("chatTime"));
        assertTrue(ben.text("chatWhen").contains("Asia/Tokyo"));
        ben.screenshot("chat-scheduled-requester");

        // The calendar file, for Ben only.
        String href = ben.driver().findElement(By.id("calendarLink")).getAttribute("href");
        HttpResponse<String> ics = get(href, ben);
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(ics.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        String start = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                .format(day.atTime(18, 0).atZone(LISBON));
        assertTrue(ics.body().contains("\r\nDTSTART:" + start + "\r\n"), ics.body());
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, anonymous.statusCode(), "members only");
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/signin"));

        // Ana sees the same chat in Lisbon time.
        as(ana);
        ana.driver().get(matchUrl);
        assertTrue(ana.text("chatTime").startsWith(fullDate(day)), ana.text("chatTime"));
        assertTrue(ana.text("chatTime").contains("6:00"), ana.text("chatTime"));
        ana.screenshot("chat-scheduled-giver");

        // Ben asks for another time without a note: told beside the field.
        as(ben);
        ben.driver().get(matchUrl);
        ben.driver().findElement(By.cssSelector("#chatChangeBox summary")).click();
        ben.click("chatChange:reschedule");
        assertEquals("A short note for the other member, please.", ben.message("chatChange:note"));
    }

    // ---------------------------------------------------------------- helpers

    private static String fullDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.ENGLISH).format(date);
    }

    private static void setZone(Visitor visitor, String zone) {
        visitor.click("navMyProfile");
        visitor.click("editProfile");
        new Select(visitor.driver().findElement(By.id("profile:timeZone"))).selectByValue(zone);
        visitor.click("profile:save");
    }


    private static HttpResponse<String> get(String url, Visitor as) throws Exception {
        String cookies = as.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String tag() {
        return "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
