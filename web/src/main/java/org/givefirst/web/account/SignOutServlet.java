package org.givefirst.web.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.givefirst.web.security.SignOutToken;

import java.io.IOException;

/**
 * {@code POST /signout}, the header's button: ends the authentication and the whole session,
 * then shows the landing page. A plain form rather than a Faces one, so that pages whose only form
 * is this button keep no view state in the session; the session's own sign-out token stands in for
 * the ViewState against cross-site requests. A GET changes nothing.
 */
@WebServlet(name = "signOut", urlPatterns = "/signout")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        // Someone whose session already ended (or never began) is signed out: nothing to refuse.
        if (session != null && request.getUserPrincipal() != null) {
            if (!SignOutToken.matches(session, request.getParameter(SignOutToken.PARAMETER))) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            request.logout();
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/?signedOut=true");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }
}
