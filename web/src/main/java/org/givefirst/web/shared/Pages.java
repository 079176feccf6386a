package org.givefirst.web.shared;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Small page-flow helpers shared by backing beans. */
public final class Pages {

    private Pages() {
    }

    /** Answers 404 with the friendly not-found page and stops the Faces lifecycle. */
    public static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
