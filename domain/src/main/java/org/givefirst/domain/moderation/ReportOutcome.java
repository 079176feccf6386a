package org.givefirst.domain.moderation;

/** What a moderator decided about a report. */
public enum ReportOutcome {
    /** Nothing against the guidelines. */
    DISMISSED,
    /** The content was hidden (an offer or request closed, a message or the profile's text hidden). */
    CONTENT_HIDDEN,
    /** The member was warned, with the moderator's note. */
    WARNED,
    /** The member was suspended: their sessions ended and they cannot sign in. */
    SUSPENDED
}
