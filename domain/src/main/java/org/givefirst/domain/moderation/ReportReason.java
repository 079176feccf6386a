package org.givefirst.domain.moderation;

/** Why a member reports; the details say more. */
public enum ReportReason {
    SPAM,
    HARASSMENT,
    HATE,
    FAKE_PROFILE,
    INAPPROPRIATE,
    OTHER
}
