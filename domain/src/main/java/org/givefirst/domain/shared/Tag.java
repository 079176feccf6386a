package org.givefirst.domain.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A short keyword — a skill, an industry, a role — used on profiles, offers and requests, and the
 * material the matching service compares. Stored lower-case with single spaces, so "Java " and
 * "java" are one tag. Letters of any script and digits are allowed, with a few joiners
 * ("c++", "c#", "node.js", "supply-chain").
 */
public record Tag(String value) implements Serializable, Comparable<Tag> {

    public static final int MAX_LENGTH = 40;

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N} +#./&'-]*");

    public Tag {
        if (value == null || !value.equals(normalise(value)) || !isWellFormed(value)) {
            throw new InvalidValueException("tag", "validation.tag.invalid");
        }
    }

    /** Parses what a member typed; throws {@link InvalidValueException} when it is no usable tag. */
    public static Tag of(String typed) {
        String value = normalise(typed);
        if (value == null) {
            throw new InvalidValueException("tag", "validation.tag.empty");
        }
        if (Texts.length(value) > MAX_LENGTH) {
            throw new InvalidValueException("tag", "validation.tag.tooLong");
        }
        if (!isWellFormed(value)) {
            throw new InvalidValueException("tag", "validation.tag.invalid");
        }
        return new Tag(value);
    }

    private static String normalise(String typed) {
        String cleaned = Texts.clean(typed);
        return cleaned == null ? null : cleaned.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean isWellFormed(String value) {
        return Texts.length(value) <= MAX_LENGTH && ALLOWED.matcher(value).matches();
    }

    @Override
    public int compareTo(Tag other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
