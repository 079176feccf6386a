package org.givefirst.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.member.PasswordResets;
import org.givefirst.web.shared.FormMessages;

/** Backs {@code /password/forgot.xhtml}: the same answer whether or not the email is a member's. */
@Named("forgotPassword")
@RequestScoped
public class ForgotPasswordBacking {

    @Inject
    private PasswordResets passwordResets;

    private String email;

    public String send() {
        passwordResets.request(email);
        FormMessages.flashInfo("password.forgot.sent", email);
        return "/signin?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
