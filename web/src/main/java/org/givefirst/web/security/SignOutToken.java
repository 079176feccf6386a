package org.givefirst.web.security;

import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random secret of the session, sent with the sign-out form and checked when it comes back: a
 * page of another site cannot know it, so it cannot sign a member out. Made once when the member
 * signs in (reading a page never changes the session).
 */
public final class SignOutToken {

    /** The form field that carries it. */
    public static final String PARAMETER = "token";

    static final String ATTRIBUTE = "givefirst.signOutToken";

    private static final SecureRandom RANDOM = new SecureRandom();

    private SignOutToken() {
    }

    /** The session's token, made now if it has none yet (a session signed in before tokens existed). */
    public static String of(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        if (token == null) {
            token = issue(session);
        }
        return (String) token;
    }

    static String issue(HttpSession session) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, token);
        return token;
    }

    /** Whether the submitted value is this session's token (compared in constant time). */
    public static boolean matches(HttpSession session, String submitted) {
        Object token = session.getAttribute(ATTRIBUTE);
        return token != null && submitted != null && MessageDigest.isEqual(
                ((String) token).getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }
}
