package org.givefirst.ejb.audit;

import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.givefirst.domain.audit.AuditEvent;
import org.givefirst.domain.audit.AuditEventType;
import org.givefirst.domain.member.EmailAddress;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.ejb.shared.Page;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The audit log: services record security events in it, administrators read it. An event joins
 * the caller's transaction, so it is written exactly when what it reports is.
 */
@Stateless
public class AuditLog {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    @Inject
    private RequestOrigin origin;

    /**
     * Records an event from the current request's client address.
     *
     * @param memberId the member it is about, or null when nobody is known
     * @param actorId who did it when that is not the member (an administrator), else null
     * @param detail a short plain description; never a password, token or typed secret
     */
    public void record(AuditEventType type, Long memberId, Long actorId, String detail) {
        entityManager.persist(new AuditEvent(clock.instant().truncatedTo(ChronoUnit.SECONDS), type,
                memberId, actorId, clientAddress(), detail));
    }

    /** The events that pass the filter, newest first, one page at a time (see {@link Page}). */
    public Page<AuditLine> find(AuditFilter filter, Long before) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEvent e WHERE e.id < :before");
        parameters.put("before", Page.below(before));
        if (filter.type() != null) {
            jpql.append(" AND e.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.memberEmail() != null && !filter.memberEmail().isBlank()) {
            Optional<Long> memberId = memberWithEmail(filter.memberEmail());
            if (memberId.isEmpty()) {
                return new Page<>(List.of(), null);
            }
            jpql.append(" AND (e.memberId = :memberId OR e.actorId = :memberId)");
            parameters.put("memberId", memberId.get());
        }
        if (filter.clientAddress() != null && !filter.clientAddress().isBlank()) {
            jpql.append(" AND e.clientAddress = :address");
            parameters.put("address", filter.clientAddress().strip());
        }
        if (filter.since() != null) {
            jpql.append(" AND e.occurredAt >= :since");
            parameters.put("since", filter.since());
        }
        if (filter.until() != null) {
            jpql.append(" AND e.occurredAt < :until");
            parameters.put("until", filter.until());
        }
        TypedQuery<AuditEvent> query = entityManager.createQuery(jpql.append(" ORDER BY e.id DESC").toString(), AuditEvent.class);
        parameters.forEach(query::setParameter);
        List<AuditEvent> events = query.setMaxResults(Page.SIZE + 1).getResultList();
        return Page.of(events.stream().map(AuditEvent::getId).toList(), shown -> lines(events.subList(0, shown.size())));
    }

    private List<AuditLine> lines(List<AuditEvent> events) {
        List<Long> memberIds = events.stream()
                .flatMap(event -> Stream.of(event.getMemberId(), event.getActorId()))
                .filter(Objects::nonNull).distinct().toList();
        Map<Long, Object[]> members = new HashMap<>();
        if (!memberIds.isEmpty()) {
            entityManager.createQuery("SELECT m.id, m.displayName, m.email FROM Member m WHERE m.id IN :ids", Object[].class)
                    .setParameter("ids", memberIds).getResultList()
                    .forEach(row -> members.put((Long) row[0], row));
        }
        return events.stream().map(event -> {
            Object[] member = members.get(event.getMemberId());
            Object[] actor = members.get(event.getActorId());
            return new AuditLine(event.getId(), event.getOccurredAt(), event.getType(), event.getMemberId(),
                    member == null ? null : (String) member[1], member == null ? null : (String) member[2],
                    event.getActorId(), actor == null ? null : (String) actor[1],
                    event.getClientAddress(), event.getDetail());
        }).toList();
    }

    private Optional<Long> memberWithEmail(String typed) {
        try {
            return entityManager.createNamedQuery(Member.FIND_BY_EMAIL, Member.class)
                    .setParameter("email", EmailAddress.of(typed).value())
                    .getResultStream().findFirst().map(Member::getId);
        } catch (InvalidValueException malformed) {
            return Optional.empty();
        }
    }

    private String clientAddress() {
        try {
            return origin.getClientAddress();
        } catch (ContextNotActiveException backgroundWork) {
            return null;
        }
    }
}
