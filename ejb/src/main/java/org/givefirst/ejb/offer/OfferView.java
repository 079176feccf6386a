package org.givefirst.ejb.offer;

import org.givefirst.domain.offer.Offer;
import org.givefirst.domain.offer.OfferStatus;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.Tag;

import java.io.Serializable;
import java.util.List;

/** An offer as pages show it. */
public record OfferView(long id, long giverId, HelpKind kind, String title, String description, List<Tag> tags,
                        int capacity, int remainingThisMonth, OfferStatus status) implements Serializable {

    static OfferView of(Offer offer, int month) {
        return new OfferView(offer.getId(), offer.getGiver().getId(), offer.getKind(), offer.getTitle(),
                offer.getDescription(), offer.getTags(), offer.getCapacity(), offer.remainingIn(month), offer.getStatus());
    }

    public boolean isActive() {
        return status == OfferStatus.ACTIVE;
    }

    public boolean isPaused() {
        return status == OfferStatus.PAUSED;
    }
}
