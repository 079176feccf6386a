package org.givefirst.bench;

import org.givefirst.domain.notification.Delivery;
import org.givefirst.domain.notification.NotificationType;

import java.util.List;
import java.util.Map;

/** One member as generated. */
final class MemberRow {

    final long id;
    final String email;
    final long joinedAt;
    final long updatedAt;
    /** When they last looked at their notifications: those before it are read. */
    final long lastSeenAt;
    final String firstName;
    final String displayName;
    final String role;
    final Vocabulary.City city;
    final String headline;
    final String bio;
    final String contactDetails;
    final List<String> skills;
    /** Only the types they chose not to hear about immediately, as the application stores them. */
    final Map<NotificationType, Delivery> deliveries;

    /** When their first offer was posted: the give-first rule lets them ask only after it. */
    long firstOfferAt = Long.MAX_VALUE;
    /** Their requests that are OPEN or MATCHED now, kept under the application's cap. */
    int openRequests;

    MemberRow(long id, String email, long joinedAt, long updatedAt, long lastSeenAt, String firstName, String displayName,
              String role, Vocabulary.City city, String headline, String bio, String contactDetails, List<String> skills,
              Map<NotificationType, Delivery> deliveries) {
        this.id = id;
        this.email = email;
        this.joinedAt = joinedAt;
        this.updatedAt = updatedAt;
        this.lastSeenAt = lastSeenAt;
        this.firstName = firstName;
        this.displayName = displayName;
        this.role = role;
        this.city = city;
        this.headline = headline;
        this.bio = bio;
        this.contactDetails = contactDetails;
        this.skills = skills;
        this.deliveries = deliveries;
    }

    Delivery deliveryOf(NotificationType type) {
        return deliveries.getOrDefault(type, Delivery.IMMEDIATELY);
    }
}
