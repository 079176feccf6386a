package org.givefirst.domain.moderation;

import org.givefirst.domain.shared.BusinessException;

/**
 * A block stands between two members, so this cannot happen between them. The message never says
 * who blocked whom.
 */
public class BlockedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public BlockedException() {
        super("error.blocked");
    }
}
