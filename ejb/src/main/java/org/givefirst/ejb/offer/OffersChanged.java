package org.givefirst.ejb.offer;

import org.givefirst.domain.shared.HelpKind;

import java.util.Set;

/**
 * Fired when open requests of these kinds may now find givers.
 *
 * @param kinds         the kinds of the offers that changed
 * @param newCandidates the offers that appeared or resumed, and are all a request can newly find
 *                      (each earlier change was looked at when it happened); empty when proposals
 *                      were withdrawn, so that the requests they were for need a whole new search
 */
public record OffersChanged(Set<HelpKind> kinds, Set<Long> newCandidates) {

    public OffersChanged {
        kinds = Set.copyOf(kinds);
        newCandidates = Set.copyOf(newCandidates);
    }

    /** These offers appeared or resumed. */
    public static OffersChanged available(Set<HelpKind> kinds, Set<Long> offerIds) {
        return new OffersChanged(kinds, offerIds);
    }

    /** Proposals of an offer of this kind were withdrawn: their requests look at every offer again. */
    public static OffersChanged proposalsWithdrawn(HelpKind kind) {
        return new OffersChanged(Set.of(kind), Set.of());
    }
}
