package org.givefirst.ejb.member;

import org.givefirst.domain.member.Member;
import org.givefirst.domain.member.Role;

import java.io.Serializable;
import java.time.ZoneId;

/**
 * The signed-in member as every request needs them: a name for the header, a zone for times, the
 * role their pages follow, the session epoch their session must still carry, and whether a
 * moderator suspended them (then they are not signed in at all).
 */
public record SignedInMember(long id, String displayName, ZoneId timeZone, Role role, int sessionEpoch,
                             boolean suspended) implements Serializable {

    static SignedInMember of(Member member) {
        return new SignedInMember(member.getId(), member.getDisplayName(), member.getTimeZone(),
                member.getRole(), member.getSessionEpoch(), member.isSuspended());
    }
}
