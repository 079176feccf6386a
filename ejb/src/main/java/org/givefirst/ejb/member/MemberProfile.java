package org.givefirst.ejb.member;

import org.givefirst.domain.member.Member;
import org.givefirst.domain.member.ProfileField;
import org.givefirst.domain.shared.Tag;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A member's profile as pages show it: no password hash, no email. The time zone chat times are
 * shown in. {@code detailsHidden} says that some details are left out for this viewer: the member
 * shows them only to members they are matched with. {@code formerMember}: the account was deleted;
 * the page keeps the giving record, and there is nobody left to introduce, block or report.
 */
public record MemberProfile(long id, String displayName, String headline, String bio, String location,
                            List<Tag> skills, Instant memberSince, ZoneId timeZone, boolean detailsHidden,
                            boolean formerMember)
        implements Serializable {

    static MemberProfile of(Member member) {
        return new MemberProfile(member.getId(), member.getDisplayName(), member.getHeadline(),
                member.getBio(), member.getLocation(), member.getSkills(), member.getCreatedAt(),
                member.getTimeZone(), false, member.isDeleted());
    }

    /** The profile without these fields (for a member not matched with this one). */
    MemberProfile without(Set<ProfileField> fields) {
        if (fields.isEmpty()) {
            return this;
        }
        return new MemberProfile(id, displayName,
                fields.contains(ProfileField.HEADLINE) ? null : headline,
                fields.contains(ProfileField.BIO) ? null : bio,
                fields.contains(ProfileField.LOCATION) ? null : location,
                fields.contains(ProfileField.SKILLS) ? List.of() : skills,
                memberSince, timeZone, true, formerMember);
    }
}
