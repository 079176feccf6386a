package org.givefirst.ejb.profile;

import org.givefirst.domain.shared.HelpKind;

import java.io.Serializable;

/** A reference or recommendation its receiver chose to show on their profile. */
public record Recommendation(long giverId, String giverName, HelpKind kind, String howKnown, String strengths,
                             String example, String forRole) implements Serializable {
}
