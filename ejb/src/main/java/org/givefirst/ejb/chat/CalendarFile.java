package org.givefirst.ejb.chat;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * An iCalendar file (RFC 5545) ready to download or to attach to an e-mail: its file name and its
 * text (CRLF line endings, UTF-8).
 */
public record CalendarFile(String fileName, String content) implements Serializable {

    /** The media type to send it with, as a download or as an e-mail attachment. */
    public static final String CONTENT_TYPE = "text/calendar; charset=utf-8; method=PUBLISH";

    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
