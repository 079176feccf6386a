package org.givefirst.domain.notification;

/** What happened; the text is {@code notification.<TYPE>} in the resource bundle. */
public enum NotificationType {
    PROPOSAL_NEW,
    PROPOSAL_ACCEPTED,
    PROPOSAL_DECLINED,
    REFERENCE_DELIVERED,
    THANKS_RECEIVED
}
