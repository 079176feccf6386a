package org.givefirst.web.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/** Shows the {@link PendingMessages} on the next page rendered in the member's session. */
public class PendingMessagesListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getExternalContext().getSession(false) == null) {
            return; // no session, nothing pending: and none is created for it
        }
        for (String text : CDI.current().select(PendingMessages.class).get().takeInfos()) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }
}
