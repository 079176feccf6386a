package org.givefirst.ejb.member;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.member.ProfileField;
import org.givefirst.domain.member.Role;
import org.givefirst.domain.shared.ReadLimit;
import org.givefirst.domain.shared.Texts;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Finding members by name (to visit a profile, to introduce someone); emails are never searched or shown. */
@Stateless
public class MemberDirectory {

    static final int RESULTS_MAX = ReadLimit.SEARCH_RESULTS_MAX;
    static final int QUERY_MIN = 2;

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * Members whose display name contains the query, by name; nothing for fewer than two
     * characters. A headline its member shows only to matched members is left out for others.
     * Read as rows, not as members: the same few names are found by many at once, and loading
     * them whole made every search wait on the others for the shared cache's locks.
     */
    public List<MemberSummary> search(long viewerId, String query) {
        List<Long> ids = namePattern(query).map(pattern -> idsByName(entityManager, pattern, RESULTS_MAX)).orElse(List.of());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Found> byId = entityManager.createNamedQuery(Member.FIND_SUMMARIES_BY_IDS, Object[].class)
                .setParameter("ids", ids).getResultStream().map(Found::of).collect(Collectors.toMap(Found::id, found -> found));
        List<Found> found = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        List<Long> hidingHeadline = found.stream()
                .filter(member -> member.id() != viewerId && member.headlineMatchedOnly()).map(Found::id).toList();
        Set<Long> matched = hidingHeadline.isEmpty() ? Set.of() : matchedWith(viewerId, hidingHeadline);
        return found.stream().map(member -> new MemberSummary(member.id(), member.displayName(),
                hidingHeadline.contains(member.id()) && !matched.contains(member.id()) ? null : member.headline())).toList();
    }

    /** A member as the search reads them ({@link Member#FIND_SUMMARIES_BY_IDS}). */
    private record Found(long id, String displayName, String headline, boolean headlineMatchedOnly) {

        static Found of(Object[] row) {
            return new Found((Long) row[0], (String) row[1], (String) row[2],
                    ProfileField.setOf((String) row[3]).contains(ProfileField.HEADLINE));
        }
    }

    /** Of these members, those matched with the viewer (either way), or all of them for staff. */
    private Set<Long> matchedWith(long viewerId, List<Long> memberIds) {
        if (Members.require(entityManager, viewerId).getRole() != Role.MEMBER) {
            return Set.copyOf(memberIds);
        }
        Set<Long> matched = new HashSet<>(entityManager.createNamedQuery(Match.FIND_MATCHED_AMONG, Long.class)
                .setParameter("memberId", viewerId).setParameter("ids", memberIds).getResultList());
        matched.addAll(entityManager.createNamedQuery(Match.FIND_MATCHED_AMONG_REQUESTERS, Long.class)
                .setParameter("memberId", viewerId).setParameter("ids", memberIds).getResultList());
        return matched;
    }

    /**
     * The first members, by name, whose name matches the pattern ({@link #namePattern}): two
     * statements, the ids through the name index, then those members.
     */
    public static List<Member> byName(EntityManager entityManager, String pattern, int max) {
        List<Long> ids = idsByName(entityManager, pattern, max);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Member> byId = entityManager.createNamedQuery(Member.FIND_BY_IDS, Member.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Member::getId, member -> member));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The ids of the first members, by name, whose name matches the pattern: the name index alone. */
    private static List<Long> idsByName(EntityManager entityManager, String pattern, int max) {
        TypedQuery<Long> query = entityManager.createNamedQuery(Member.FIND_IDS_BY_NAME, Long.class)
                .setParameter("pattern", pattern);
        // The query reads RESULTS_MAX rows itself; another limit costs EclipseLink a new translation (ReadLimit).
        return (max == RESULTS_MAX ? query : query.setMaxResults(max)).getResultList();
    }

    /**
     * The {@link Member#FIND_IDS_BY_NAME} pattern for names containing the query (its wildcards taken
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
