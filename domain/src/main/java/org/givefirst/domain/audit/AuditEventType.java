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
    SETTINGS_CHANGED
}
