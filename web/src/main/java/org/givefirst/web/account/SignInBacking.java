package org.givefirst.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.givefirst.ejb.member.AccountService;
import org.givefirst.ejb.member.AccountThrottle;
import org.givefirst.web.security.ClientAddress;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.security.MemberIdentityStore;
import org.givefirst.web.security.SignInMechanism;
import org.givefirst.web.shared.FormMessages;

import java.io.IOException;
import java.util.Optional;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Backs {@code /signin.xhtml}. On success the member continues to the page they were going to
 * ({@code next}, only ever a path inside GiveFirst), else to their profile. A failure never says
 * whether the email or the password was wrong.
 */
@Named("signIn")
@RequestScoped
public class SignInBacking {

    static final int TOO_MANY_REQUESTS = 429;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @Inject
    private CurrentMember currentMember;

    @Inject
    private AccountThrottle throttle;

    @Inject
    private ClientAddress clientAddress;

    @EJB
    private AccountService accountService;

    private String email;
    private String password;
    private String next;

    public void signIn() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // Before any password is hashed: too many attempts are refused without trying this one.
        Optional<AccountThrottle.Refusal> refusal = throttle.attempt(clientAddress.of(request), email);
        if (refusal.isPresent()) {
            external.setResponseStatus(TOO_MANY_REQUESTS);
            FormMessages.error(null, "signin.throttled." + refusal.get());
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        switch (status) {
            case SUCCESS -> {
                throttle.succeeded(email);
                String fallback = "/dashboard";
                external.redirect(external.getRequestContextPath() + SignInMechanism.safeNext(next, fallback));
            }
            case SEND_CONTINUE -> facesContext.responseComplete();
            default -> {
                if (Boolean.TRUE.equals(request.getAttribute(MemberIdentityStore.SUSPENDED))) {
                    FormMessages.error(null, "signin.suspended"); // the right password: not a failure to count
                    return;
                }
                if (throttle.failed(email)) {
                    accountService.recordLockout(email);
                }
                FormMessages.error(null, "signin.failed");
            }
        }
    }

    /** View action: a member who is already signed in goes to their dashboard instead. */
    public String redirectIfSignedIn() {
        return currentMember.isSignedIn() ? "/dashboard?faces-redirect=true" : null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
