package org.givefirst.ejb.member;

import jakarta.persistence.EntityManager;
import org.givefirst.domain.member.Member;

/** Loading a member by id inside a use case: the one place that says "no such member". */
public final class Members {

    private Members() {
    }

    /** The member (from the shared cache when it has them), or {@link MemberNotFoundException}. */
    public static Member require(EntityManager entityManager, long memberId) {
        Member member = entityManager.find(Member.class, memberId);
        if (member == null) {
            throw new MemberNotFoundException();
        }
        return member;
    }
}
