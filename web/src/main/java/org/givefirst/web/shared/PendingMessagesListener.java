package org.givefirst.web.shared;

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
        PendingMessages.show(event.getFacesContext());
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }
}
