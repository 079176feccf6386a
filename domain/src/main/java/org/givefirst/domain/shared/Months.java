package org.givefirst.domain.shared;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** Capacity is counted per calendar month (UTC), stored as a number like 202611. */
public final class Months {

    private Months() {
    }

    public static int of(Instant instant) {
        YearMonth month = YearMonth.from(instant.atZone(ZoneOffset.UTC));
        return month.getYear() * 100 + month.getMonthValue();
    }

    /** The first instant of the month of {@code instant}. */
    public static Instant start(Instant instant) {
        return YearMonth.from(instant.atZone(ZoneOffset.UTC)).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
