package org.givefirst.ejb.moderation;

import java.io.Serializable;
import java.time.Instant;

/** A suspended member, for the moderators' list where a suspension is lifted. */
public record SuspendedMember(long id, String displayName, Instant suspendedAt) implements Serializable {
}
