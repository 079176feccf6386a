package org.givefirst.web.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Ids as they come in URLs (?id=42). Anything that is not a plain positive number — letters, a
 * minus sign, more digits than a long holds — is simply no id, which pages answer with 404.
 */
public final class Ids {

    private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{0,17}");

    private Ids() {
    }

    public static Optional<Long> parse(String raw) {
        return raw != null && DIGITS.matcher(raw).matches() ? Optional.of(Long.valueOf(raw)) : Optional.empty();
    }
}
