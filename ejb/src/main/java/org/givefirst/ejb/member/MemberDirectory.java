package org.givefirst.ejb.member;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.member.ProfileField;
import org.givefirst.domain.member.Role;
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

    static final int RESULTS_MAX = 20;
    static final int QUERY_MIN = 2;

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * Members whose display name contains the query, by name; nothing for fewer than two
     * characters. A headline its member shows only to matched members is left out for others.
     */
    public List<MemberSummary> search(long viewerId, String query) {
        List<Member> found = namePattern(query).map(pattern -> byName(entityManager, pattern, RESULTS_MAX)).orElse(List.of());
        List<Long> hidingHeadline = found.stream()
                .filter(member -> member.getId() != viewerId && member.getMatchedOnlyFields().contains(ProfileField.HEADLINE))
                .map(Member::getId).toList();
        Set<Long> matched = hidingHeadline.isEmpty() ? Set.of() : matchedWith(viewerId, hidingHeadline);
        return found.stream().map(member -> hidingHeadline.contains(member.getId()) && !matched.contains(member.getId())
                ? new MemberSummary(member.getId(), member.getDisplayName(), null)
                : MemberSummary.of(member)).toList();
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
        List<Long> ids = entityManager.createNamedQuery(Member.FIND_IDS_BY_NAME, Long.class)
                .setParameter("pattern", pattern).setMaxResults(max).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Member> byId = entityManager.createNamedQuery(Member.FIND_BY_IDS, Member.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Member::getId, member -> member));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
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
