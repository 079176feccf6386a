package org.givefirst.domain.notification;

/** What happened; the text is {@code notification.<TYPE>} in the resource bundle. */
public enum NotificationType {
    PROPOSAL_NEW,
    PROPOSAL_ACCEPTED,
    PROPOSAL_DECLINED,
    REFERENCE_DELIVERED,
    THANKS_RECEIVED,
    /** A proposal unanswered for 48 hours, once. */
    PROPOSAL_REMINDER,
    /** The giver's last proposals all expired: their offers are paused until they resume. */
    GIVING_PAUSED,
    /** A request nobody took in a week: how it could find a giver. */
    REQUEST_TIPS,
    /** Someone would like to introduce the recipient to another member. */
    INTRODUCTION_INVITED,
    /** Both agreed: the recipient can now talk with the other member. */
    INTRODUCTION_ACCEPTED,
    /** The introduction will not happen; never says who declined or why. */
    INTRODUCTION_NOT_THIS_TIME,
    /** To the introducer: the two people are now talking. Thank you. */
    INTRODUCTION_MADE,
    MESSAGE_RECEIVED,
    CHAT_SLOTS_OFFERED,
    /** Sent to both members of the chat; e-mails of it carry the calendar file. */
    CHAT_SCHEDULED,
    /** The chosen time is off: rescheduled or cancelled (the chat's note says which and why). */
    CHAT_CANCELLED,
    CHAT_DID_IT_HAPPEN,
    /** A moderator asks the member to mind the community guidelines (the subject is their note). */
    MODERATION_WARNING
}
