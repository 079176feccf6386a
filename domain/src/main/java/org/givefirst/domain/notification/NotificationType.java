package org.givefirst.domain.notification;

/** What happened; the text is {@code notification.<TYPE>} in the resource bundle. */
public enum NotificationType {
    PROPOSAL_NEW,
    PROPOSAL_ACCEPTED,
    PROPOSAL_DECLINED,
    REFERENCE_DELIVERED,
    THANKS_RECEIVED,
    CHAT_SLOTS_OFFERED,
    /** Sent to both members of the chat; e-mails of it carry the calendar file. */
    CHAT_SCHEDULED,
    /** The chosen time is off: rescheduled or cancelled (the chat's note says which and why). */
    CHAT_CANCELLED,
    CHAT_DID_IT_HAPPEN
}
