package org.givefirst.ejb.audit;

import org.givefirst.domain.audit.AuditEventType;

import java.io.Serializable;
import java.time.Instant;

/**
 * One event as the audit page shows it, with the names of the members it mentions (null when
 * it names nobody).
 */
public record AuditLine(long id, Instant occurredAt, AuditEventType type, Long memberId, String memberName,
                        String memberEmail, Long actorId, String actorName, String clientAddress, String detail)
        implements Serializable {
}
