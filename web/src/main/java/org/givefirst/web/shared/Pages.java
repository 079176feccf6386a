package org.givefirst.web.shared;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

import org.givefirst.domain.shared.NotFoundException;

import java.io.IOException;
import java.util.Optional;
import java.util.function.LongFunction;

/** Small page-flow helpers shared by backing beans. */
public final class Pages {

    private Pages() {
    }

    /**
     * What the id in the URL names, loaded by {@code find}; or the 404 page (and null) when the id
     * is malformed, unknown, or names something that is not the member's to see.
     */
    public static <T> T findOr404(String rawId, LongFunction<T> find) {
        Optional<Long> id = Ids.parse(rawId);
        if (id.isPresent()) {
            try {
                return find.apply(id.get());
            } catch (NotFoundException e) {
                // answered below like an unknown id: ids reveal nothing
            }
        }
        notFound();
        return null;
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
