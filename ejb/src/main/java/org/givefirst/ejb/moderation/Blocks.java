package org.givefirst.ejb.moderation;

import jakarta.persistence.EntityManager;
import org.givefirst.domain.moderation.Block;
import org.givefirst.domain.moderation.BlockedException;

/** Whether a block stands between two members, for the use cases that bring members together. */
public final class Blocks {

    private Blocks() {
    }

    public static boolean between(EntityManager entityManager, long a, long b) {
        return entityManager.createNamedQuery(Block.COUNT_BETWEEN, Long.class)
                .setParameter("a", a).setParameter("b", b).getSingleResult() > 0;
    }

    /** {@link BlockedException} when a block stands between the two. */
    public static void requireNone(EntityManager entityManager, long a, long b) {
        if (between(entityManager, a, b)) {
            throw new BlockedException();
        }
    }
}
