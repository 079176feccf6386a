package org.givefirst.ejb.profile;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.match.Match;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The latest completed giving in the whole community, as every dashboard shows it. The same for
 * every member, so it is read from the database at most once every {@link #FRESH_FOR} on each
 * instance rather than on every dashboard: a gift shows there within half a minute. Only the
 * last {@link #WINDOW} is looked at — "recent" — which keeps the query to an index range however
 * long the community's history grows.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // readers never wait for each other
public class RecentGiving {

    static final int MAX = 8;
    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    static final Duration WINDOW = Duration.ofDays(30);

    private record Snapshot(Instant takenAt, List<CommunityGift> gifts) {
    }

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    private volatile Snapshot snapshot;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    public List<CommunityGift> latest() {
        Instant now = clock.instant();
        Snapshot current = snapshot;
        boolean stale = current == null || !now.isBefore(current.takenAt().plus(FRESH_FOR));
        // One reader refreshes; the others meanwhile show the list that is a little old, if there is one.
        if (stale && (refreshing.compareAndSet(false, true) || current == null)) {
            try {
                current = new Snapshot(now, read(now.minus(WINDOW)));
                snapshot = current;
            } finally {
                refreshing.set(false);
            }
        }
        return current.gifts();
    }

    private List<CommunityGift> read(Instant since) {
        return entityManager.createNamedQuery(Match.FIND_RECENT_COMPLETED, Match.class).setParameter("since", since)
                .setMaxResults(MAX).getResultStream()
                .map(m -> new CommunityGift(m.getGiver().getId(), m.getGiver().getDisplayName(),
                        m.getRequest().getRequester().getId(), m.getRequest().getRequester().getDisplayName(),
                        m.getKind(), m.getCompletedAt()))
                .toList();
    }
}
