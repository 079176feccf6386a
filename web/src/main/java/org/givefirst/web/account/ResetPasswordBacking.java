package org.givefirst.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.domain.shared.BusinessException;
import org.givefirst.ejb.member.InvalidResetLinkException;
import org.givefirst.ejb.member.PasswordResets;
import org.givefirst.web.shared.FormMessages;

import java.io.Serializable;

/**
 * Backs {@code /password/reset.xhtml?t=…}, the link of the reset email. Opening it changes
 * nothing; the form sets the new password, once.
 */
@Named("resetPassword")
@ViewScoped // the token must still be there when the form comes back with a password to improve
public class ResetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PasswordResets passwordResets;

    private String t;
    private Boolean usable;
    private String password;

    public boolean isUsable() {
        if (usable == null) {
            usable = passwordResets.isUsable(t);
        }
        return usable;
    }

    public String save() {
        try {
            passwordResets.reset(t, password);
        } catch (InvalidResetLinkException e) {
            usable = false; // the page says so, and shows the way to a new link
            return null;
        } catch (BusinessException e) {
            FormMessages.show(e, "reset"); // a password the policy refuses: beside the field
            return null;
        }
        FormMessages.flashInfo("password.reset.done");
        return "/signin?faces-redirect=true";
    }

    public String getT() {
        return t;
    }

    public void setT(String t) {
        this.t = t;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
