package org.givefirst.domain.notification;

/** Where a notification's email stands. */
public enum MailStatus {
    /** No email: the member turned this type off, or the community sends no email. */
    NONE,
    /** To be sent now. */
    QUEUED,
    /** Waits for the member's daily digest. */
    DIGEST,
    SENT,
    DIGESTED,
    /** The mail server refused it several times; it stays in the app only. */
    FAILED
}
