package org.givefirst.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.givefirst.ejb.member.AccountService;
import org.givefirst.ejb.member.SignedInMember;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How a member signs in. The sign-in page hands the typed credential to
 * {@code SecurityContext.authenticate}; this mechanism checks it against the identity store, gives
 * the session a new id (against session fixation) and remembers the member's id in the session,
 * with the member's session epoch. Every later request of that session is authenticated from it,
 * with the groups of the member's role named explicitly — as long as the epoch still matches: a new password
 * raises it, and every session signed in with the old one ends. A visitor who asks for a members-only page is sent to the sign-in page, which brings
 * them back there afterwards.
 *
 * <p>Why not {@code @AutoApplySession}: on Payara 7.2025.1 it drops the caller's groups now and
 * then under concurrent requests (HTTP 403 for a signed-in member; payara/Payara#6145, fixed in
 * later releases), and with several instances the groups did not always follow the session to
 * another instance (payara/Payara#6342). A member id in the session is replicated like any other
 * attribute, and the groups are given on every request.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PAGE = "/signin";
    /** The signed-in member's id (a Long) in their session. */
    static final String SESSION_MEMBER = "givefirst.memberId";
    /** The member's session epoch (an Integer) when this session signed in. */
    static final String SESSION_EPOCH = "givefirst.sessionEpoch";
    /** The SignedInMember this mechanism read for the request, which CurrentMember uses instead of reading it again. */
    private static final String REQUEST_MEMBER = "givefirst.signedInMember";

    @Inject
    private IdentityStoreHandler identityStoreHandler;

    @Inject
    private AccountService accounts;

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
            long memberId = Long.parseLong(result.getCallerPrincipal().getName());
            HttpSession session = request.getSession(true);
            session.setAttribute(SESSION_MEMBER, memberId);
            session.setAttribute(SESSION_EPOCH, accounts.findSignedIn(memberId).map(SignedInMember::sessionEpoch).orElse(0));
            SignOutToken.issue(session);
            return context.notifyContainerAboutLogin(result.getCallerPrincipal(), result.getCallerGroups());
        }
        HttpSession session = request.getSession(false);
        Object memberId = session == null ? null : session.getAttribute(SESSION_MEMBER);
        if (memberId != null) {
            // From the members' cache: a role given or taken applies from the member's next request.
            Optional<SignedInMember> member = accounts.findSignedIn((Long) memberId);
            if (member.isPresent() && !member.get().suspended() && session.getAttribute(SESSION_EPOCH) instanceof Integer epoch
                    && member.get().sessionEpoch() == epoch) {
                request.setAttribute(REQUEST_MEMBER, member.get());
                return context.notifyContainerAboutLogin(new CallerPrincipal(memberId.toString()),
                        Roles.groupsOf(member.get().role()));
            }
            session.invalidate(); // the password changed since this session signed in, or a suspension (or the member is gone)
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE + "?next="
                    + URLEncoder.encode(originalTarget(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /** The member this mechanism found signed in for this request, if it is this one. */
    static Optional<SignedInMember> readFor(HttpServletRequest request, long memberId) {
        return request.getAttribute(REQUEST_MEMBER) instanceof SignedInMember member && member.id() == memberId
                ? Optional.of(member) : Optional.empty();
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
