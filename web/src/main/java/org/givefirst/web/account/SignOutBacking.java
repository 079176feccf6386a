package org.givefirst.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** Signs the member out (a POST from the header): ends the authentication and the whole session. */
@Named("signOut")
@RequestScoped
public class SignOutBacking {

    @Inject
    private FacesContext facesContext;

    public void signOut() throws ServletException, IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/?signedOut=true");
    }
}
