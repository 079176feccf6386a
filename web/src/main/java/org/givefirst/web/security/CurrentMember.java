package org.givefirst.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.givefirst.ejb.member.AccountService;
import org.givefirst.ejb.member.MemberProfile;

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

    @EJB
    private AccountService accountService;

    private Optional<MemberProfile> profile;

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

    public Optional<MemberProfile> profile() {
        if (profile == null) {
            profile = id().flatMap(accountService::findProfile);
        }
        return profile;
    }

    public boolean isSignedIn() {
        return profile().isPresent();
    }

    public Long getId() {
        return profile().map(MemberProfile::id).orElse(null);
    }

    public String getDisplayName() {
        return profile().map(MemberProfile::displayName).orElse(null);
    }
}
