package org.givefirst.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.givefirst.ejb.member.AccountService;


/**
 * Members are the identities of GiveFirst: an email and a password. The caller principal's name is
 * the member's id, which stays the same when they change their email.
 */
@ApplicationScoped
public class MemberIdentityStore implements IdentityStore {

    @EJB
    private AccountService accountService;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accountService.authenticate(credential.getCaller(), credential.getPasswordAsString())
                .map(member -> new CredentialValidationResult(String.valueOf(member.id()), Roles.groupsOf(member.role())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
