package org.givefirst.ejb.offer;

import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.Tag;

import java.util.List;

/** A new offer as the giver describes it. */
public record OfferDraft(HelpKind kind, String title, String description, List<Tag> tags, int capacity) {
}
