package org.givefirst.domain.member;

import org.givefirst.domain.shared.InvalidValueException;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address as GiveFirst stores it: trimmed and lower-cased, so that "Ana@Example.org " and
 * "ana@example.org" are one account. The check is deliberately plain (something@domain.tld, no
 * spaces); whether the mailbox exists is for a confirmation mail to tell, not a regex.
 */
public record EmailAddress(String value) implements Serializable {

    /** RFC 5321 limits a forward path to 254 characters. */
    public static final int MAX_LENGTH = 254;

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    public EmailAddress {
        if (value == null || !value.equals(normalise(value)) || !isWellFormed(value)) {
            throw new InvalidValueException("email", "validation.email.invalid");
        }
    }

    /** Parses what a person typed. Throws {@link InvalidValueException} with the reason. */
    public static EmailAddress of(String typed) {
        String value = normalise(typed);
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("email", "validation.email.required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("email", "validation.email.tooLong");
        }
        if (!isWellFormed(value)) {
            throw new InvalidValueException("email", "validation.email.invalid");
        }
        return new EmailAddress(value);
    }

    private static String normalise(String typed) {
        return typed == null ? null : typed.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isWellFormed(String value) {
        return value.length() <= MAX_LENGTH && SHAPE.matcher(value).matches()
                && !value.contains("..") && !value.startsWith(".") && !value.endsWith(".");
    }

    @Override
    public String toString() {
        return value;
    }
}
