package org.givefirst.ejb.profile;

import org.givefirst.domain.shared.HelpKind;

import java.io.Serializable;
import java.util.List;

/**
 * What a member has given and received, by kind, side by side — never as a balance. Kinds with
 * nothing on either side are left out.
 */
public record GivingRecord(List<Line> lines, long totalGiven, long totalReceived) implements Serializable {

    /** One kind of help: how often given, how often received. */
    public record Line(HelpKind kind, long given, long received) implements Serializable {
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
