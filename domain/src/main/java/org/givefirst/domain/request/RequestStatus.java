package org.givefirst.domain.request;

/** OPEN → MATCHED → FULFILLED, or CLOSED by the requester, or EXPIRED after its needed-by date. */
public enum RequestStatus {
    OPEN,
    MATCHED,
    FULFILLED,
    CLOSED,
    EXPIRED
}
