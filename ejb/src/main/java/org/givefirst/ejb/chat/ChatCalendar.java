package org.givefirst.ejb.chat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Writes a chat as an RFC 5545 calendar: one VEVENT published (METHOD:PUBLISH, no organizer or
 * attendees — members' e-mail addresses stay private), its times in UTC ("Z"), which every
 * calendar shows in its own zone. The UID stays the same for a chat and SEQUENCE grows with each
 * change, so importing a newer file moves or cancels the event instead of adding another.
 * Pure: no clock, no database.
 */
public final class ChatCalendar {

    static final String CRLF = "\r\n";
    static final int LINE_OCTETS_MAX = 75;
    static final String PRODUCT_ID = "-//GiveFirst//Chats//EN";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ChatCalendar() {
    }

    /** One chat, as the calendar should hold it now. */
    public record Event(String uid, int sequence, Instant stamp, Instant start, Instant end, boolean cancelled,
                        String summary, String description) {

        public Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(summary, "summary");
        }
    }

    /** The whole VCALENDAR text, CRLF line endings, long lines folded. */
    public static String write(Event event) {
        StringBuilder calendar = new StringBuilder();
        line(calendar, "BEGIN:VCALENDAR");
        line(calendar, "VERSION:2.0");
        line(calendar, "PRODID:" + PRODUCT_ID);
        line(calendar, "CALSCALE:GREGORIAN");
        line(calendar, "METHOD:PUBLISH");
        line(calendar, "BEGIN:VEVENT");
        line(calendar, "UID:" + escape(event.uid()));
        line(calendar, "SEQUENCE:" + event.sequence());
        line(calendar, "DTSTAMP:" + utc(event.stamp()));
        line(calendar, "DTSTART:" + utc(event.start()));
        line(calendar, "DTEND:" + utc(event.end()));
        line(calendar, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(calendar, "SUMMARY:" + escape(event.summary()));
        if (event.description() != null) {
            line(calendar, "DESCRIPTION:" + escape(event.description()));
        }
        line(calendar, "TRANSP:OPAQUE");
        line(calendar, "END:VEVENT");
        line(calendar, "END:VCALENDAR");
        return calendar.toString();
    }

    /** A UTC date-time of RFC 5545 ("20261203T143000Z"), to the second. */
    static String utc(Instant instant) {
        return UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * TEXT as RFC 5545 wants it (3.3.11): backslash, semicolon and comma escaped, every line break
     * as {@code \n}, other control characters dropped.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        unified.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /**
     * Folds a content line (3.1): no line longer than 75 octets of UTF-8 without its CRLF, each
     * continuation starting with one space, never splitting a character.
     */
    static String fold(String contentLine) {
        StringBuilder folded = new StringBuilder(contentLine.length() + 8);
        int octets = 0;
        int offset = 0;
        while (offset < contentLine.length()) {
            int codePoint = contentLine.codePointAt(offset);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS_MAX) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            offset += Character.charCount(codePoint);
        }
        return folded.toString();
    }

    private static void line(StringBuilder calendar, String contentLine) {
        calendar.append(fold(contentLine)).append(CRLF);
    }
}
