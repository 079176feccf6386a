package org.givefirst.domain.audit;

/** What happened, in the audit log. */
public enum AuditEventType {
    SIGNED_UP,
    SIGNED_IN,
    /** A wrong password, or an email nobody signed up with (then no member is named). */
    SIGN_IN_FAILED,
    /** Too many failures in a row: the account takes no sign-in for a while. */
    LOCKED_OUT,
    PASSWORD_CHANGED,
    ROLE_CHANGED,
    SETTINGS_CHANGED,
    /** A moderator hid content after a report: an offer or request closed, a message or profile text hidden. */
    CONTENT_HIDDEN,
    WARNED,
    /** A moderator suspended the member: their sessions ended, and they cannot sign in. */
    SUSPENDED,
    SUSPENSION_LIFTED,
    /** The member deleted their account; the log keeps only their id. */
    DELETED
}
