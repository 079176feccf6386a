package org.givefirst.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
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
import org.givefirst.domain.member.EmailAddress;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.member.PasswordPolicy;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.ejb.member.AccountService;
import org.givefirst.ejb.member.AccountThrottle;
import org.givefirst.ejb.member.Registration;
import org.givefirst.web.security.ClientAddress;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;
import org.givefirst.web.shared.Texts;

import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Backs {@code /signup.xhtml}. Each field is checked by the domain's own rule during validation,
 * so every problem shows beside its field at once; the service checks everything again and
 * decides whether the email is free. A new member is signed in and lands on their profile editor.
 */
@Named("signUp")
@RequestScoped
public class SignUpBacking {

    static final String FORM = "signup";

    @EJB
    private AccountService accountService;

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

    private String displayName;
    private String email;
    private String password;
    private boolean guidelinesAccepted;

    public void validateDisplayName(FacesContext context, UIComponent component, Object value) {
        FormMessages.validate(() -> Member.checkDisplayName((String) value));
    }

    public void validateEmail(FacesContext context, UIComponent component, Object value) {
        FormMessages.validate(() -> EmailAddress.of((String) value));
    }

    public void validatePassword(FacesContext context, UIComponent component, Object value) {
        FormMessages.validate(() -> PasswordPolicy.require((String) value));
    }

    public void validateGuidelines(FacesContext context, UIComponent component, Object value) {
        if (!Boolean.TRUE.equals(value)) {
            FormMessages.validate(() -> {
                throw new InvalidValueException("guidelines", "validation.guidelines.required");
            });
        }
    }

    public String signUp() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        // Before the password is hashed: an address that signs up account after account waits.
        if (!throttle.signUpAllowed(clientAddress.of((HttpServletRequest) external.getRequest()))) {
            external.setResponseStatus(SignInBacking.TOO_MANY_REQUESTS);
            FormMessages.error(null, "signup.throttled");
            return null;
        }
        if (!FormMessages.succeeded(() -> accountService.register(
                new Registration(displayName, email, password, guidelinesAccepted)), FORM)) {
            return null;
        }
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        if (status != AuthenticationStatus.SUCCESS) {
            // Joined, but could not be signed in: the sign-in page takes over.
            return "/signin?faces-redirect=true";
        }
        FormMessages.flashInfo("signup.welcome", displayName.strip());
        return "/profile/edit?faces-redirect=true";
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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

    public boolean isGuidelinesAccepted() {
        return guidelinesAccepted;
    }

    public void setGuidelinesAccepted(boolean guidelinesAccepted) {
        this.guidelinesAccepted = guidelinesAccepted;
    }

    public String getPasswordHint() {
        return Texts.get("signup.input.password.hint", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
    }
}
