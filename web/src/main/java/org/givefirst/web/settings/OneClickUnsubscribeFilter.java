package org.givefirst.web.settings;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.givefirst.ejb.mail.Unsubscribes;
import org.givefirst.web.shared.Ids;

import java.io.IOException;

/**
 * RFC 8058 one-click unsubscribe: a mail client POSTs {@code List-Unsubscribe=One-Click} to the
 * link of the email's List-Unsubscribe header. Every other request to the page passes on to Faces.
 */
@WebFilter(urlPatterns = {"/unsubscribe", "/unsubscribe.xhtml"})
public class OneClickUnsubscribeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private Unsubscribes unsubscribes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || !"One-Click".equals(request.getParameter("List-Unsubscribe"))) {
            chain.doFilter(request, response);
            return;
        }
        boolean done = Ids.parse(request.getParameter("m"))
                .map(memberId -> unsubscribes.unsubscribe(memberId, request.getParameter("t"), request.getParameter("s")))
                .orElse(false);
        response.setStatus(done ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(done ? "Unsubscribed.\n" : "This unsubscribe link is not valid.\n");
    }
}
