package org.givefirst.domain.shared;

import java.text.Normalizer;

/** Small rules for the free text members type: how it is cleaned and measured. */
public final class Texts {

    private Texts() {
    }

    /**
     * Trims, turns blank into null, and normalises to NFC so that "é" typed as one or two code
     * points is stored (and compared) the same way.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * Length as a person counts it and as utf8mb4 columns count it: in code points, so an emoji
     * is one character, not two.
     */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /**
     * The cleaned text, which must be there: {@link InvalidValueException} with {@code requiredKey}
     * when blank, with {@code tooLongKey} when longer than {@code max}.
     */
    public static String required(String text, int max, String field, String requiredKey, String tooLongKey) {
        String cleaned = cleanWithin(text, max, field, tooLongKey);
        if (cleaned == null) {
            throw new InvalidValueException(field, requiredKey);
        }
        return cleaned;
    }

    /** The cleaned text, or an {@link InvalidValueException} when it is longer than {@code max}. */
    public static String cleanWithin(String text, int max, String field, String tooLongKey) {
        String cleaned = clean(text);
        if (length(cleaned) > max) {
            throw new InvalidValueException(field, tooLongKey);
        }
        return cleaned;
    }
}
