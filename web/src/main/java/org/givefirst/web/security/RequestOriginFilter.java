package org.givefirst.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.givefirst.ejb.audit.RequestOrigin;

import java.io.IOException;

/**
 * Tells the services where this request comes from (the same address the throttle counts), for
 * the audit log. Static resources are left out: they never reach a service.
 */
@WebFilter(filterName = "requestOrigin", urlPatterns = "/*")
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestOrigin origin;

    @Inject
    private ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            origin.setClientAddress(clientAddress.of(request));
        }
        chain.doFilter(request, response);
    }
}
