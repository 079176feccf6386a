package org.givefirst.domain.member;

/** What a member may do beyond taking part. */
public enum Role {

    /** Takes part: offers, asks, gives, thanks. Every member. */
    MEMBER,

    /** Also works the reports: hides content, warns, suspends. */
    MODERATOR,

    /** Also runs the community: its settings, members' roles, the audit log; and moderates. */
    ADMINISTRATOR
}
