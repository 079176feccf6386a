package org.givefirst.ejb.request;

import java.io.Serializable;

/** Whether a member may ask now, and if not, why: the request page explains it kindly. */
public record AskingEligibility(boolean hasGivenFirst, long openRequests, int openRequestCap) implements Serializable {

    public boolean isAllowed() {
        return hasGivenFirst && openRequests < openRequestCap;
    }

    public boolean isAtCap() {
        return openRequests >= openRequestCap;
    }
}
