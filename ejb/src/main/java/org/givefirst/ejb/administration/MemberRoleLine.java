package org.givefirst.ejb.administration;

import org.givefirst.domain.member.Member;
import org.givefirst.domain.member.Role;

import java.io.Serializable;

/** A member as the administrators' member list shows them: who, and with which role. */
public record MemberRoleLine(long id, String displayName, String email, Role role) implements Serializable {

    static MemberRoleLine of(Member member) {
        return new MemberRoleLine(member.getId(), member.getDisplayName(), member.getEmail().value(), member.getRole());
    }
}
