package org.givefirst.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How a member signs in. The sign-in page hands the typed credential to
 * {@code SecurityContext.authenticate}; this mechanism checks it against the identity store, gives
 * the session a new id (against session fixation) and remembers the member for the session
 * ({@link AutoApplySession}). A visitor who asks for a members-only page is sent to the sign-in
 * page, which brings them back there afterwards.
 */
@ApplicationScoped
@AutoApplySession
public class SignInMechanism implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PAGE = "/signin";

    @Inject
    private IdentityStoreHandler identityStoreHandler;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStoreHandler.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                // The page shows the failure; no 401 error page.
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            return context.notifyContainerAboutLogin(result);
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE + "?next="
                    + URLEncoder.encode(originalTarget(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /** Where the visitor was going, relative to the application. */
    private static String originalTarget(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /**
     * The page to continue to after signing in: only a path inside GiveFirst, never another site
     * ("//evil.example", "https://…", "/\evil", "/\t/evil" — browsers drop tabs), else the fallback.
     */
    public static String safeNext(String next, String fallback) {
        if (next == null || !next.startsWith("/") || next.startsWith(SIGN_IN_PAGE)
                || next.chars().anyMatch(c -> c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c))
                || next.startsWith("//")) {
            return fallback;
        }
        return next;
    }
}
