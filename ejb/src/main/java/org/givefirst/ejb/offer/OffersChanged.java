package org.givefirst.ejb.offer;

import org.givefirst.domain.shared.HelpKind;

import java.util.Set;

/** Fired when offers of these kinds appeared, resumed or changed: open requests may now find givers. */
public record OffersChanged(Set<HelpKind> kinds) {
}
