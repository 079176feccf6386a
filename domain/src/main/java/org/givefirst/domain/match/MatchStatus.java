package org.givefirst.domain.match;

/** PROPOSED → ACCEPTED → COMPLETED, or DECLINED by the giver, EXPIRED unanswered, WITHDRAWN when no longer needed. */
public enum MatchStatus {
    PROPOSED,
    ACCEPTED,
    COMPLETED,
    DECLINED,
    EXPIRED,
    WITHDRAWN
}
