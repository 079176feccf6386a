package org.givefirst.ejb.moderation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.moderation.Block;
import org.givefirst.ejb.match.OpenProposals;
import org.givefirst.ejb.member.MemberSummary;
import org.givefirst.ejb.member.Members;
import org.givefirst.ejb.shared.Writes;

import java.util.List;
import java.util.logging.Logger;

/**
 * A member blocks another, or lifts their block. A block keeps the two apart either way: open
 * proposals between them are withdrawn (their requests go to other givers), and matching, messages
 * and introductions refuse them from then on ({@link Blocks}).
 */
@Stateless
public class BlockService {

    private static final Logger LOG = Logger.getLogger(BlockService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private OpenProposals openProposals;

    /** Blocks the member; blocking twice changes nothing. */
    public void block(long actingMemberId, long memberId) {
        Members.require(entityManager, actingMemberId);
        Members.require(entityManager, memberId);
        if (isBlockedBy(actingMemberId, memberId)) {
            return;
        }
        entityManager.persist(new Block(actingMemberId, memberId));
        Writes.flushRacingInsert(entityManager); // the same block from two tabs: one row
        openProposals.withdrawBetween(actingMemberId, memberId);
        LOG.info(() -> "Member " + actingMemberId + " blocked member " + memberId);
    }

    /** Lifts the member's own block; the other member's block of them, if any, stays. */
    public void unblock(long actingMemberId, long memberId) {
        entityManager.createNamedQuery(Block.DELETE).setParameter("blockerId", actingMemberId)
                .setParameter("blockedId", memberId).executeUpdate();
    }

    /** Whether this member blocked that one (not the other way round, which stays private). */
    public boolean isBlockedBy(long blockerId, long memberId) {
        return entityManager.createNamedQuery(Block.COUNT_BY, Long.class).setParameter("blockerId", blockerId)
                .setParameter("blockedId", memberId).getSingleResult() > 0;
    }

    /** The members this member blocked, latest first. */
    public List<MemberSummary> blockedBy(long actingMemberId) {
        return entityManager.createNamedQuery(Block.FIND_BLOCKED_MEMBERS, Member.class)
                .setParameter("blockerId", actingMemberId).getResultStream().map(MemberSummary::of).toList();
    }
}
