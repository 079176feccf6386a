package org.givefirst.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.givefirst.domain.shared.IdentifiedEntity;

import java.time.Instant;
import java.util.Objects;

/**
 * One security event. Written once, never changed. Members are named by id only (no foreign key),
 * so the log keeps its rows whatever happens to the members it names. Never holds a password, a
 * token or an email someone typed: a failed sign-in with an unknown email names nobody.
 */
@Entity
@Table(name = "audit_events")
public class AuditEvent extends IdentifiedEntity {

    private static final long serialVersionUID = 1L;

    public static final int CLIENT_ADDRESS_MAX = 64;
    public static final int DETAIL_MAX = 300;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false, length = 30)
    private AuditEventType type;

    /** The member the event is about, if known. */
    @Column(name = "member_id", updatable = false)
    private Long memberId;

    /** Who did it, when that is someone else (an administrator changing a role). */
    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "client_address", updatable = false, length = CLIENT_ADDRESS_MAX)
    private String clientAddress;

    @Column(name = "detail", updatable = false, length = DETAIL_MAX)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, AuditEventType type, Long memberId, Long actorId,
                      String clientAddress, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.type = Objects.requireNonNull(type, "type");
        this.memberId = memberId;
        this.actorId = actorId;
        this.clientAddress = clip(clientAddress, CLIENT_ADDRESS_MAX);
        this.detail = clip(detail, DETAIL_MAX);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditEventType getType() {
        return type;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getDetail() {
        return detail;
    }
}
