package org.givefirst.ejb.audit;

import org.givefirst.domain.audit.AuditEventType;

import java.io.Serializable;
import java.time.Instant;

/**
 * Which events an administrator wants to see; every part is optional.
 *
 * @param type only events of this type
 * @param memberEmail only events about (or by) the member with this email
 * @param clientAddress only events from this address
 * @param since only events at or after this instant
 * @param until only events before this instant
 */
public record AuditFilter(AuditEventType type, String memberEmail, String clientAddress, Instant since, Instant until)
        implements Serializable {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null);
    }
}
