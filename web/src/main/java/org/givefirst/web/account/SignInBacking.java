package org.givefirst.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.security.SignInMechanism;
import org.givefirst.web.shared.FormMessages;

import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Backs {@code /signin.xhtml}. On success the member continues to the page they were going to
 * ({@code next}, only ever a path inside GiveFirst), else to their profile. A failure never says
 * whether the email or the password was wrong.
 */
@Named("signIn")
@RequestScoped
public class SignInBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @Inject
    private CurrentMember currentMember;

    private String email;
    private String password;
    private String next;

    public void signIn() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        switch (status) {
            case SUCCESS -> {
                String fallback = "/dashboard";
                external.redirect(external.getRequestContextPath() + SignInMechanism.safeNext(next, fallback));
            }
            case SEND_CONTINUE -> facesContext.responseComplete();
            default -> FormMessages.error(null, "signin.failed");
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
