package org.givefirst.ejb.member;

import org.givefirst.domain.member.Member;
import org.givefirst.domain.member.Role;

import java.io.Serializable;
import java.time.ZoneId;

/**
 * The signed-in member as every request needs them: a name for the header, a zone for times, the
 * role their pages follow, and the session epoch their session must still carry.
 */
public record SignedInMember(long id, String displayName, ZoneId timeZone, Role role, int sessionEpoch)
        implements Serializable {

    static SignedInMember of(Member member) {
        return new SignedInMember(member.getId(), member.getDisplayName(), member.getTimeZone(),
                member.getRole(), member.getSessionEpoch());
    }
}
