package org.givefirst.ejb.request;

/** A request was posted, or lost a proposal (declined, expired): matching should look for givers. */
public record RequestNeedsGivers(long requestId) {
}
