package org.givefirst.ejb.profile;

import org.givefirst.domain.shared.HelpKind;

import java.io.Serializable;
import java.time.Instant;

/** A recent act of giving in the community, for the dashboard: who gave what kind of help to whom. */
public record CommunityGift(long giverId, String giverName, long receiverId, String receiverName, HelpKind kind,
                            Instant completedAt) implements Serializable {
}
