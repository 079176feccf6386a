package org.givefirst.ejb.chat;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChatCalendarTest {

    private static final Instant STAMP = Instant.parse("2026-11-26T08:15:30.123Z");

    private static ChatCalendar.Event event(Instant start, Instant end, boolean cancelled, String summary, String description) {
        return new ChatCalendar.Event("givefirst-chat-42@givefirst", 3, STAMP, start, end, cancelled, summary, description);
    }

    /** The content lines, unfolded, as a calendar reads them. */
    private static List<String> unfolded(String calendar) {
        return Arrays.asList(calendar.replace("\r\n ", "").split("\r\n"));
    }

    @Test
    void aChatIsOnePublishedEventWithItsTimesInUtc() {
        // 15:30 in Lisbon in summer is 14:30 UTC; in Tokyo the same instant reads 23:30.
        Instant start = ZonedDateTime.of(2026, 7, 3, 15, 30, 0, 0, ZoneId.of("Europe/Lisbon")).toInstant();
        String calendar = ChatCalendar.write(event(start, start.plusSeconds(1800), false, "Chat with Ben (GiveFirst)",
                "The chat's page: /matches/view?id=7"));

        assertThat(unfolded(calendar)).containsExactly(
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//GiveFirst//Chats//EN",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "BEGIN:VEVENT",
                "UID:givefirst-chat-42@givefirst",
                "SEQUENCE:3",
                "DTSTAMP:20261126T081530Z",
                "DTSTART:20260703T143000Z",
                "DTEND:20260703T150000Z",
                "STATUS:CONFIRMED",
                "SUMMARY:Chat with Ben (GiveFirst)",
                "DESCRIPTION:The chat's page: /matches/view?id=7",
                "TRANSP:OPAQUE",
                "END:VEVENT",
                "END:VCALENDAR");
        assertThat(calendar).endsWith("END:VCALENDAR\r\n");
        assertThat(calendar.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void aCancelledChatKeepsItsUidAndSaysSo() {
        Instant start = Instant.parse("2026-12-01T10:00:00Z");
        String calendar = ChatCalendar.write(event(start, start.plusSeconds(900), true, "Chat", null));
        assertThat(unfolded(calendar)).contains("UID:givefirst-chat-42@givefirst", "STATUS:CANCELLED", "SEQUENCE:3")
                .noneMatch(line -> line.startsWith("DESCRIPTION"));
    }

    @Test
    void textIsEscapedAsRfc5545Wants() {
        assertThat(ChatCalendar.escape("a\\b;c,d\ne\r\nf\rg\th\u0007i")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng\thi");
        String calendar = ChatCalendar.write(event(Instant.parse("2026-12-01T10:00:00Z"),
                Instant.parse("2026-12-01T10:30:00Z"), false, "Chat; with Zoë, Ben\\Li", "Line one\nLine two"));
        assertThat(unfolded(calendar)).contains("SUMMARY:Chat\\; with Zoë\\, Ben\\\\Li", "DESCRIPTION:Line one\\nLine two");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String ascii = "x".repeat(200);
        String folded = ChatCalendar.fold("DESCRIPTION:" + ascii);
        String[] lines = folded.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).hasSize(75);
        assertThat(lines[1]).startsWith(" ").hasSize(75);
        assertThat(folded.replace("\r\n ", "")).isEqualTo("DESCRIPTION:" + ascii);

        // Two, three and four octets a character: no line over 75 octets, each character whole.
        String mixed = "é李🌱".repeat(40);
        String foldedMixed = ChatCalendar.fold("SUMMARY:" + mixed);
        for (String line : foldedMixed.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(line.codePoints().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
        }
        assertThat(foldedMixed.replace("\r\n ", "")).isEqualTo("SUMMARY:" + mixed);

        assertThat(ChatCalendar.fold("SHORT:" + "y".repeat(69))).doesNotContain("\r\n");
        assertThat(ChatCalendar.fold("SHORT:" + "y".repeat(70))).contains("\r\n ");
    }

    @Test
    void everyLineOfAWholeCalendarFitsAndEndsWithCrlf() {
        String calendar = ChatCalendar.write(event(Instant.parse("2026-12-01T10:00:00Z"),
                Instant.parse("2026-12-01T11:00:00Z"), false, "Chat with Fatima Al-Zahra about a very long title that goes on and on",
                "A chat on GiveFirst between Zoë Ñúñez (giving) and 李娜 about \"A reference for a senior data engineer role at a bank, by 12 March\".\nThe chat's page: /matches/view?id=123456"));
        assertThat(calendar).endsWith("\r\n");
        for (String line : calendar.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void utcTimesHaveTheZSuffixToTheSecond() {
        assertThat(ChatCalendar.utc(Instant.parse("2026-03-29T01:00:59.999Z"))).isEqualTo("20260329T010059Z");
    }
}
