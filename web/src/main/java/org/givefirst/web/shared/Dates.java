package org.givefirst.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times as a member reads them, in their language ("25 December 2026"), for texts of the bundle. */
@Named
@ApplicationScoped
public class Dates {

    public String longDate(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()).format(date);
    }

    /** A moment, in UTC: "25 Dec 2026, 14:05 UTC". */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(instant.atZone(ZoneOffset.UTC)) + " UTC";
    }
}
