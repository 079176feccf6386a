package org.givefirst.ejb.request;

import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.Tag;

import java.time.LocalDate;
import java.util.List;

/** A new help request as the member describes it. */
public record RequestDraft(HelpKind kind, String title, String details, List<Tag> tags, LocalDate neededBy,
                           int giversWanted) {
}
