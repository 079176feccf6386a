package org.givefirst.bench;

import org.givefirst.domain.offer.OfferStatus;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.Months;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** One offer as generated, with the accepts that used its capacity. */
final class OfferRow {

    /** Longer than any calendar month: accepts closer than this may fall in the same month. */
    private static final long MONTH_AT_MOST = 31 * Moments.DAY;

    long id;
    final MemberRow giver;
    final HelpKind kind;
    final String title;
    final String description;
    final Set<String> tags;
    final Set<String> words;
    final int capacity;
    final OfferStatus status;
    final long createdAt;
    private final List<Long> acceptedAt = new ArrayList<>(2);

    OfferRow(MemberRow giver, HelpKind kind, String title, String description, Set<String> tags, Set<String> words,
             int capacity, OfferStatus status, long createdAt) {
        this.giver = giver;
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.tags = tags;
        this.words = words;
        this.capacity = capacity;
        this.status = status;
        this.createdAt = createdAt;
    }

    /**
     * Whether one more accept at this moment keeps every calendar month within the capacity.
     * Checked against a window, not the calendar, so that where "now" falls in its month does not
     * change what the seed generates.
     */
    boolean hasRoomAt(long moment) {
        int near = 0;
        for (long other : acceptedAt) {
            if (Math.abs(other - moment) < MONTH_AT_MOST) {
                near++;
            }
        }
        return near < capacity;
    }

    void accept(long moment) {
        acceptedAt.add(moment);
    }

    /** The month the capacity was last counted in (0 before any accept, as for a new offer). */
    int usageMonth() {
        return acceptedAt.isEmpty() ? 0 : Months.of(Moments.instant(Collections.max(acceptedAt)));
    }

    /** The accepts of {@link #usageMonth()}: what the application's guarded update has counted. */
    int usedThisMonth() {
        int month = usageMonth();
        return (int) acceptedAt.stream().filter(moment -> Months.of(Moments.instant(moment)) == month).count();
    }
}
