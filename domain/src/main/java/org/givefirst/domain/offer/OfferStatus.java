package org.givefirst.domain.offer;

/** An offer is matched only while ACTIVE; PAUSED is "away for a while"; CLOSED is for good. */
public enum OfferStatus {
    ACTIVE,
    PAUSED,
    CLOSED
}
