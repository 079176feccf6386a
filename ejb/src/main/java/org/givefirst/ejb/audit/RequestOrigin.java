package org.givefirst.ejb.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from, as the web tier saw it (behind a trusted proxy, the
 * client's address it forwarded). Filled in once per request, so services can log it without
 * every use case taking it as a parameter; empty in timers and other background work.
 */
@RequestScoped
public class RequestOrigin {

    private String clientAddress;

    public String getClientAddress() {
        return clientAddress;
    }

    public void setClientAddress(String clientAddress) {
        this.clientAddress = clientAddress;
    }
}
