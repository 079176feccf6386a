package org.givefirst.ejb.profile;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.chat.Chat;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.shared.HelpKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Giving as profiles show it (the dashboard's recent giving is {@link RecentGiving}). Read-only;
 * everything here is public to members.
 */
@Stateless
public class GivingService {

    @PersistenceContext
    private EntityManager entityManager;

    /** Completed help a member gave and received, by kind. */
    public GivingRecord recordOf(long memberId) {
        Map<HelpKind, Long> given = new EnumMap<>(HelpKind.class);
        Map<HelpKind, Long> received = new EnumMap<>(HelpKind.class);
        for (Object row : entityManager.createNamedQuery(Match.COUNT_GIVEN_AND_RECEIVED_BY_KIND).setParameter(1, memberId).getResultList()) {
            Object[] columns = (Object[]) row;
            (isFirst(columns[0]) ? given : received).put(HelpKind.valueOf((String) columns[1]), ((Number) columns[2]).longValue());
        }
        List<GivingRecord.Line> lines = new ArrayList<>();
        long totalGiven = 0;
        long totalReceived = 0;
        for (HelpKind kind : HelpKind.values()) {
            long g = given.getOrDefault(kind, 0L);
            long r = received.getOrDefault(kind, 0L);
            if (g > 0 || r > 0) {
                lines.add(new GivingRecord.Line(kind, g, r));
            }
            totalGiven += g;
            totalReceived += r;
        }
        return new GivingRecord(lines, totalGiven, totalReceived);
    }

    /** The chats a member held as giver and as receiver. */
    public ChatsHeld chatsHeldBy(long memberId) {
        long asGiver = 0;
        long asRequester = 0;
        for (Object row : entityManager.createNamedQuery(Chat.COUNT_HELD).setParameter(1, memberId).getResultList()) {
            Object[] columns = (Object[]) row;
            long count = ((Number) columns[1]).longValue();
            if (isFirst(columns[0])) {
                asGiver = count;
            } else {
                asRequester = count;
            }
        }
        return new ChatsHeld(asGiver, asRequester);
    }

    /** The recommendations a member chose to show on their profile. */
    public List<Recommendation> shownRecommendationsOf(long memberId) {
        return entityManager.createNamedQuery(Match.FIND_SHOWN_RECOMMENDATIONS, Match.class)
                .setParameter("memberId", memberId).getResultStream()
                .map(m -> new Recommendation(m.getGiver().getId(), m.getGiver().getDisplayName(), m.getKind(),
                        m.getReference().getHowKnown(), m.getReference().getStrengths(), m.getReference().getExample(),
                        m.getReference().getForRole()))
                .toList();
    }

    /** Whether a row of a two-part UNION query comes from its first part (marked 0). */
    private static boolean isFirst(Object marker) {
        return ((Number) marker).intValue() == 0;
    }
}
