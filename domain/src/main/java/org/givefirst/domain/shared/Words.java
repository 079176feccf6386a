package org.givefirst.domain.shared;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The significant words of a text, as matching compares them: lower-case, three letters or more,
 * no filler, at most {@link #MAX_LENGTH} characters (longer runs are not words anyone searches for).
 */
public final class Words {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}+#]+");

    private static final Set<String> FILLER = Set.of(
            "the", "and", "for", "with", "you", "your", "are", "can", "who", "what", "about", "from", "into", "that",
            "this", "have", "has", "had", "was", "were", "will", "would", "could", "should", "our", "their", "them",
            "they", "but", "not", "all", "any", "more", "most", "some", "such", "than", "then", "there", "these",
            "those", "been", "being", "also", "just", "very", "need", "needs", "help", "looking", "someone", "like",
            "want", "month", "months", "per", "one", "two", "three", "how", "why", "when", "where", "which", "out",
            "get", "give", "happy", "glad", "ask", "people", "person", "i'm", "its", "it's", "over", "via",
            // words every professional text has, which tell offers apart from nothing
            "experience", "years", "work", "team");

    public static final int MAX_LENGTH = 40;

    private Words() {
    }

    public static Set<String> significant(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        for (String word : SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
            int length = word.codePointCount(0, word.length());
            if (length >= 3 && length <= MAX_LENGTH && !FILLER.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
