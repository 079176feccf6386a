package org.givefirst.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpSession;

import java.util.ArrayList;
import java.util.List;

/**
 * Messages for the page after a redirect ("Your offer is live"). Kept in the session, which the
 * data grid replicates, instead of the Faces flash: Mojarra keeps the flash's data in the memory of
 * the instance that wrote it, and the next request may well be served by another instance. A plain
 * attribute, present only while a message waits, so that reading pages leaves the session unchanged
 * (a changed session is written to the grid again).
 */
public final class PendingMessages {

    static final String ATTRIBUTE = "givefirst.pendingMessages";

    private PendingMessages() {
    }

    /** Keeps a message for the next page this member sees. */
    public static void add(FacesContext context, String text) {
        HttpSession session = (HttpSession) context.getExternalContext().getSession(true);
        synchronized (session) {
            @SuppressWarnings("unchecked")
            ArrayList<String> waiting = (ArrayList<String>) session.getAttribute(ATTRIBUTE);
            ArrayList<String> updated = waiting == null ? new ArrayList<>() : new ArrayList<>(waiting);
            updated.add(text);
            session.setAttribute(ATTRIBUTE, updated);
        }
    }

    /** Moves the waiting messages onto the page being rendered. */
    static void show(FacesContext context) {
        HttpSession session = (HttpSession) context.getExternalContext().getSession(false);
        if (session == null || session.getAttribute(ATTRIBUTE) == null) {
            return;
        }
        List<?> waiting;
        synchronized (session) {
            waiting = (List<?>) session.getAttribute(ATTRIBUTE);
            session.removeAttribute(ATTRIBUTE);
        }
        if (waiting != null) {
            waiting.forEach(text -> context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, (String) text, null)));
        }
    }
}
