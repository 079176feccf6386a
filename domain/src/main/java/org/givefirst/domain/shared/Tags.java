package org.givefirst.domain.shared;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Rules for a list of tags on an offer, a request or a profile. */
public final class Tags {

    private Tags() {
    }

    /**
     * The distinct tag values, in order; {@link InvalidValueException} on {@code field} when there
     * are more than {@code max}.
     */
    public static Set<String> values(Collection<Tag> tags, int max, String field) {
        Set<String> values = new LinkedHashSet<>();
        tags.forEach(tag -> values.add(tag.value()));
        if (values.size() > max) {
            throw new InvalidValueException(field, "validation.tags.tooMany");
        }
        return values;
    }

    /** Parses a comma-separated list as a member types it ("java, backend ,  payments"). */
    public static List<Tag> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(typed.split(",")).filter(part -> !part.isBlank()).map(Tag::of).distinct().toList();
    }
}
