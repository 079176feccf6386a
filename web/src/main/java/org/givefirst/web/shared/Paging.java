package org.givefirst.web.shared;

import jakarta.faces.context.FacesContext;

/** Which page of a long list the visitor asked for: {@code ?before=id}, or the first page. */
public final class Paging {

    private Paging() {
    }

    /** The id the page starts below, or null for the first page (also for anything that is not an id). */
    public static Long before(FacesContext context) {
        return Ids.parse(context.getExternalContext().getRequestParameterMap().get("before")).orElse(null);
    }
}
