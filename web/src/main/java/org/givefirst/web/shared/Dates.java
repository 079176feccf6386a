package org.givefirst.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.member.SignedInMember;
import org.givefirst.web.security.CurrentMember;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times as a member reads them, in their language ("25 December 2026"), for texts of the bundle. */
@Named
@ApplicationScoped
public class Dates {

    @Inject
    private CurrentMember currentMember;

    public String longDate(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()).format(date);
    }

    /** A moment in the signed-in member's time zone (UTC for visitors): "25 Dec 2026, 14:05". */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZoneId zone = currentMember.member().map(SignedInMember::timeZone).orElse(ZoneOffset.UTC);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(instant.atZone(zone));
    }
}
