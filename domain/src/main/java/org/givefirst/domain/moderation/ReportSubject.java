package org.givefirst.domain.moderation;

/** What a report is about: a member as a whole, or one piece of what they wrote. */
public enum ReportSubject {
    /** The member, and their profile's text. */
    MEMBER,
    OFFER,
    REQUEST,
    MESSAGE
}
