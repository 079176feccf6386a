package org.givefirst.ejb.member;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.shared.Texts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finding members by name (to visit a profile, to introduce someone); emails are never searched or shown. */
@Stateless
public class MemberDirectory {

    static final int RESULTS_MAX = 20;
    static final int QUERY_MIN = 2;

    @PersistenceContext
    private EntityManager entityManager;

    /** Members whose display name contains the query, by name; nothing for fewer than two characters. */
    public List<MemberSummary> search(String query) {
        return namePattern(query).map(pattern -> entityManager.createNamedQuery(Member.FIND_BY_NAME, Member.class)
                .setParameter("pattern", pattern).setMaxResults(RESULTS_MAX).getResultStream()
                .map(MemberSummary::of).toList()).orElse(List.of());
    }

    /**
     * The {@link Member#FIND_BY_NAME} pattern for names containing the query (its wildcards taken
     * literally); empty for fewer than two characters.
     */
    public static Optional<String> namePattern(String query) {
        String cleaned = Texts.clean(query);
        if (cleaned == null || Texts.length(cleaned) < QUERY_MIN) {
            return Optional.empty();
        }
        return Optional.of("%" + cleaned.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%");
    }

    /** What the member shares with people they are introduced to. */
    public String contactDetails(long actingMemberId) {
        return Members.require(entityManager, actingMemberId).getContactDetails();
    }

    public void updateContactDetails(long actingMemberId, String details) {
        Members.require(entityManager, actingMemberId).updateContactDetails(details);
    }

}
