package org.givefirst.domain.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.domain.shared.TimestampedEntity;

/**
 * One member keeps another away. It works both ways: no proposals, messages or introductions
 * between the two, whoever blocked whom. Only the blocker sees it, and only they can lift it.
 */
@Entity
@Table(name = "blocks")
@NamedQuery(name = Block.COUNT_BETWEEN,
        query = "SELECT COUNT(b) FROM Block b WHERE (b.blockerId = :a AND b.blockedId = :b)"
                + " OR (b.blockerId = :b AND b.blockedId = :a)")
@NamedQuery(name = Block.COUNT_BY,
        query = "SELECT COUNT(b) FROM Block b WHERE b.blockerId = :blockerId AND b.blockedId = :blockedId")
@NamedQuery(name = Block.FIND_BLOCKED_MEMBERS,
        query = "SELECT m FROM Block b, Member m WHERE b.blockerId = :blockerId AND m.id = b.blockedId ORDER BY b.id DESC")
@NamedQuery(name = Block.DELETE,
        query = "DELETE FROM Block b WHERE b.blockerId = :blockerId AND b.blockedId = :blockedId")
public class Block extends TimestampedEntity {

    private static final long serialVersionUID = 1L;

    /** Blocks between two members, either way (0 when they may meet). */
    public static final String COUNT_BETWEEN = "Block.countBetween";
    /** Whether this member blocked that one: 0 or 1. */
    public static final String COUNT_BY = "Block.countBy";
    /** The members someone blocked, latest first. */
    public static final String FIND_BLOCKED_MEMBERS = "Block.findBlockedMembers";
    public static final String DELETE = "Block.delete";

    @Column(name = "blocker_id", nullable = false, updatable = false)
    private long blockerId;

    @Column(name = "blocked_id", nullable = false, updatable = false)
    private long blockedId;

    protected Block() {
        // for JPA
    }

    public Block(long blockerId, long blockedId) {
        if (blockerId == blockedId) {
            throw new InvalidValueException(null, "error.block.self");
        }
        this.blockerId = blockerId;
        this.blockedId = blockedId;
    }

    public long getBlockerId() {
        return blockerId;
    }

    public long getBlockedId() {
        return blockedId;
    }
}
