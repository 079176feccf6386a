package org.givefirst.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.givefirst.ejb.member.AccountService;
import org.givefirst.ejb.member.SignedInMember;

import java.util.Optional;

/**
 * Members are the identities of GiveFirst: an email and a password. The caller principal's name is
 * the member's id, which stays the same when they change their email. A suspended member is
 * refused even with the right password.
 */
@ApplicationScoped
public class MemberIdentityStore implements IdentityStore {

    /** Set on the request when the password was right but a moderator suspended the member. */
    public static final String SUSPENDED = "givefirst.suspended";

    @EJB
    private AccountService accountService;

    @Inject
    private HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<SignedInMember> member = accountService.authenticate(credential.getCaller(), credential.getPasswordAsString());
        if (member.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (member.get().suspended()) {
            request.setAttribute(SUSPENDED, Boolean.TRUE); // the sign-in page says why
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(String.valueOf(member.get().id()), Roles.groupsOf(member.get().role()));
    }
}
