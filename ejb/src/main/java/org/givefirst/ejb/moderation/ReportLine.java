package org.givefirst.ejb.moderation;

import org.givefirst.domain.moderation.ReportReason;

import java.io.Serializable;
import java.time.Instant;

/** One open report in the moderators' queue, with what it is about and who reported it. */
public record ReportLine(long id, Instant reportedAt, ReportReason reason, String details, long reporterId,
                         String reporterName, ReportTarget target, boolean memberSuspended) implements Serializable {
}
