package org.givefirst.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.random.RandomGenerator;

/**
 * Moments of the community's history, as epoch seconds: whole seconds, as the application stores
 * them (MariaDB keeps no fractions), and cheap to compare by the hundred thousand.
 */
final class Moments {

    static final long MINUTE = 60;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;

    private Moments() {
    }

    /** A moment between the two, both included; {@code from} when the range is empty. */
    static long between(RandomGenerator random, long from, long to) {
        return to <= from ? from : from + random.nextLong(to - from + 1);
    }

    static Instant instant(long moment) {
        return Instant.ofEpochSecond(moment);
    }

    /** The UTC day of a moment, as the application counts days. */
    static LocalDate day(long moment) {
        return LocalDate.ofInstant(instant(moment), ZoneOffset.UTC);
    }
}
