package org.givefirst.ejb.dashboard;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.offer.Offer;
import org.givefirst.domain.request.HelpRequest;
import org.givefirst.domain.shared.ReadLimit;
import org.givefirst.ejb.profile.RecentGiving;

import java.util.List;

/**
 * A member's dashboard: the latest {@value #SHOWN} lines of their inbox, offers and requests,
 * each list a link to the whole of it. Only what a line shows is read — no entities, no tags —
 * and never more than a screenful, however long a member's history grows. One call for the three
 * and the community's recent giving: a dashboard pays for one transaction and one security check,
 * not four. Its page also takes one EJB reference, not two: Weld looks up through JNDI, on every
 * request, each EJB it gives a request-scoped bean, while this pooled bean gets RecentGiving once.
 */
@Stateless
public class DashboardService {

    static final int SHOWN = ReadLimit.DASHBOARD_LINES;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private RecentGiving recentGiving;

    /**
     * The open proposals and the accepted matches still to give, the offers that are not closed,
     * and the requests: each newest first; and the latest help given in the whole community.
     */
    public Dashboard of(long actingMemberId) {
        return new Dashboard(latest(Match.FIND_INBOX_LINES, "memberId", actingMemberId),
                latest(Offer.FIND_LINES_BY_GIVER, "giverId", actingMemberId),
                latest(HelpRequest.FIND_LINES_BY_REQUESTER, "requesterId", actingMemberId), recentGiving.latest());
    }

    private DashboardList latest(String query, String memberParameter, long memberId) {
        List<DashboardLine> lines = entityManager.createNamedQuery(query, Object[].class)
                .setParameter(memberParameter, memberId).getResultStream() // SHOWN + 1 rows at most: ReadLimit
                .map(row -> new DashboardLine((Long) row[0], row[1].toString(), (String) row[2]))
                .toList();
        return new DashboardList(List.copyOf(lines.subList(0, Math.min(SHOWN, lines.size()))), lines.size() > SHOWN);
    }
}
