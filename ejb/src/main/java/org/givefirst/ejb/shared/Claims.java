package org.givefirst.ejb.shared;

import java.util.List;
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The loop of every scheduled job: claim and process each due item in its own transaction. One
 * item failing is logged and left for the next run; it never stops the items after it.
 */
public final class Claims {

    private Claims() {
    }

    /** @return how many items this run claimed (others were claimed elsewhere, or failed) */
    public static int each(List<Long> ids, LongPredicate claimAndProcess, Logger log, String what) {
        int claimed = 0;
        for (long id : ids) {
            try {
                if (claimAndProcess.test(id)) {
                    claimed++;
                }
            } catch (RuntimeException e) {
                log.log(Level.WARNING, what + " " + id + " failed; the next run tries again", e);
            }
        }
        return claimed;
    }
}
