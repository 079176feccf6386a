package org.givefirst.ejb.member;

import org.givefirst.domain.member.Member;

import java.io.Serializable;
import java.time.ZoneId;

/** The signed-in member as every page needs them: a name for the header, a zone for times. */
public record SignedInMember(long id, String displayName, ZoneId timeZone) implements Serializable {

    static SignedInMember of(Member member) {
        return new SignedInMember(member.getId(), member.getDisplayName(), member.getTimeZone());
    }
}
