package org.givefirst.ejb.member;

import org.givefirst.domain.member.Member;

import java.io.Serializable;

/** A member as a picker or a list shows them. */
public record MemberSummary(long id, String displayName, String headline) implements Serializable {

    public static MemberSummary of(Member member) {
        return new MemberSummary(member.getId(), member.getDisplayName(), member.getHeadline());
    }
}
