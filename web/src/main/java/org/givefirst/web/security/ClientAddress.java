package org.givefirst.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request comes from, for throttling. Behind a load balancer every request comes
 * from the balancer, so the X-Forwarded-For header it adds is believed — but only when the request
 * arrives from one of the proxies named in {@code givefirst.trustedProxies} (a comma list; none by
 * default), else anyone could name any address.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "givefirst.trustedProxies", defaultValue = " ")
    private String trustedProxies;

    private volatile Set<String> trusted;

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trusted().contains(remote)) {
            return remote;
        }
        // The balancer appends the address it saw last: the rightmost entry is the one to believe.
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
        return hops.isEmpty() ? remote : hops.getLast();
    }

    private Set<String> trusted() {
        Set<String> current = trusted;
        if (current == null) {
            current = Arrays.stream(trustedProxies.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
            trusted = current;
        }
        return current;
    }
}
