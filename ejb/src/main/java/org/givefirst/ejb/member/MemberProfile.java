package org.givefirst.ejb.member;

import org.givefirst.domain.member.Member;
import org.givefirst.domain.shared.Tag;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** A member's profile as pages show it: no password hash, no email. The time zone chat times are shown in. */
public record MemberProfile(long id, String displayName, String headline, String bio, String location,
                            List<Tag> skills, Instant memberSince, ZoneId timeZone) implements Serializable {

    static MemberProfile of(Member member) {
        return new MemberProfile(member.getId(), member.getDisplayName(), member.getHeadline(),
                member.getBio(), member.getLocation(), member.getSkills(), member.getCreatedAt(),
                member.getTimeZone());
    }
}
