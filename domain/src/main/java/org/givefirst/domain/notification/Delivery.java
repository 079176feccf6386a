package org.givefirst.domain.notification;

/** How a member wants to hear about one type of notification by email (the app always shows it). */
public enum Delivery {
    IMMEDIATELY,
    DAILY_DIGEST,
    OFF;

    public MailStatus firstMailStatus() {
        return switch (this) {
            case IMMEDIATELY -> MailStatus.QUEUED;
            case DAILY_DIGEST -> MailStatus.DIGEST;
            case OFF -> MailStatus.NONE;
        };
    }
}
