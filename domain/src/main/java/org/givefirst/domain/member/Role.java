package org.givefirst.domain.member;

/** What a member may do beyond taking part. */
public enum Role {

    /** Takes part: offers, asks, gives, thanks. Every member. */
    MEMBER,

    /** Also runs the community: its settings, members' roles, the audit log. */
    ADMINISTRATOR
}
