package org.givefirst.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.givefirst.domain.member.Role;
import org.givefirst.ejb.member.AccountService;
import org.givefirst.ejb.member.SignedInMember;

import java.security.Principal;
import java.util.Optional;

/**
 * Who is signed in for this request. Nothing is kept in the session but the authentication itself:
 * the member's details are read from the database, which stays the truth across instances.
 */
@Named
@RequestScoped
public class CurrentMember {

    @Inject // the request's principal, which error pages see too (SecurityContext fails there)
    private HttpServletRequest request;

    // Looked up only when the sign-in mechanism has not read the member already, which is rare:
    // each EJB reference injected costs a JNDI lookup, and this bean is made on every page.
    @Inject
    private Instance<AccountService> accountService;

    private Optional<SignedInMember> member;

    /** The signed-in member's id, or empty for a visitor. */
    public Optional<Long> id() {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(principal.getName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The signed-in member's id; for pages that only members reach. */
    public long requireId() {
        return id().orElseThrow(() -> new IllegalStateException("This page is for signed-in members only"));
    }

    /**
     * The signed-in member (once per request), or empty for a visitor: as the sign-in mechanism
     * read it at the start of this request, else (a page that signed the member in) from the database.
     */
    public Optional<SignedInMember> member() {
        if (member == null) {
            member = id().flatMap(id -> SignInMechanism.readFor(request, id).or(() -> accountService.get().findSignedIn(id)));
        }
        return member;
    }

    public boolean isSignedIn() {
        return member().isPresent();
    }

    public Long getId() {
        return member().map(SignedInMember::id).orElse(null);
    }

    /** Whether the header shows the way to the administration pages. */
    public boolean isAdministrator() {
        return member().map(signedIn -> signedIn.role() == Role.ADMINISTRATOR).orElse(false);
    }

    /** Whether the header shows the way to the moderators' queue (administrators moderate too). */
    public boolean isModerator() {
        return member().map(signedIn -> signedIn.role() != Role.MEMBER).orElse(false);
    }

    public String getDisplayName() {
        return member().map(SignedInMember::displayName).orElse(null);
    }

    /** What the header's sign-out form sends back (see SignOutToken). */
    public String getSignOutToken() {
        return SignOutToken.of(request.getSession());
    }
}
