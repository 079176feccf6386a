package org.givefirst.web.administration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.domain.audit.AuditEventType;
import org.givefirst.ejb.administration.AdministrationService;
import org.givefirst.ejb.audit.AuditFilter;
import org.givefirst.ejb.audit.AuditLine;
import org.givefirst.ejb.member.SignedInMember;
import org.givefirst.ejb.shared.Page;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.Paging;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Backs {@code /admin/audit.xhtml}: the audit log, newest first, filtered by a plain GET form
 * (event, member's email, address, from and to dates in the administrator's time zone), so a
 * filtered view can be bookmarked. A date that is not one is said beside its field, and the log
 * is shown without that filter rather than not at all.
 */
@Named("auditLog")
@RequestScoped
public class AuditLogBacking {

    @Inject
    private AdministrationService administration;

    @Inject
    private CurrentMember currentMember;

    @Inject
    private FacesContext facesContext;

    private String type;
    private String member;
    private String address;
    private String from;
    private String to;
    private Page<AuditLine> page;

    public Page<AuditLine> getPage() {
        if (page == null) {
            ZoneId zone = currentMember.member().map(SignedInMember::timeZone).orElse(ZoneOffset.UTC);
            AuditFilter filter = new AuditFilter(chosenType().orElse(null), blankToNull(member), blankToNull(address),
                    date(from).map(day -> day.atStartOfDay(zone).toInstant()).orElse(null),
                    date(to).map(day -> day.plusDays(1).atStartOfDay(zone).toInstant()).orElse(null));
            page = administration.auditLog(currentMember.requireId(), filter, Paging.before(facesContext));
        }
        return page;
    }

    public AuditEventType[] getTypes() {
        return AuditEventType.values();
    }

    public boolean isFromInvalid() {
        return isInvalidDate(from);
    }

    public boolean isToInvalid() {
        return isInvalidDate(to);
    }

    /** Whether any filter is set (the page then offers to clear them). */
    public boolean isFiltered() {
        return Stream.of(type, member, address, from, to).anyMatch(value -> blankToNull(value) != null);
    }

    private Optional<AuditEventType> chosenType() {
        return Arrays.stream(AuditEventType.values()).filter(candidate -> candidate.name().equals(type)).findFirst();
    }

    private static boolean isInvalidDate(String text) {
        return blankToNull(text) != null && date(text).isEmpty();
    }

    private static Optional<LocalDate> date(String text) {
        if (blankToNull(text) == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }


    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
