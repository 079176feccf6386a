package org.givefirst.web.shared;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages for the page after a redirect ("Your offer is live"). Kept in the session, which the
 * data grid replicates, instead of the Faces flash: Mojarra keeps the flash's data in the memory of
 * the instance that wrote it, and the next request may well be served by another instance.
 */
@SessionScoped
public class PendingMessages implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> infos = new ArrayList<>();

    public synchronized void addInfo(String text) {
        infos.add(text);
    }

    /** The messages waiting, now removed. */
    public synchronized List<String> takeInfos() {
        List<String> taken = List.copyOf(infos);
        infos.clear();
        return taken;
    }
}
