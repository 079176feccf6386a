package org.givefirst.domain.member;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The details of a profile whose visibility a member chooses; the name is always shown. */
public enum ProfileField {
    HEADLINE,
    LOCATION,
    BIO,
    SKILLS;

    /** The fields of a column that holds their names comma-separated (none for null or blank). */
    public static Set<ProfileField> setOf(String names) {
        Set<ProfileField> fields = EnumSet.noneOf(ProfileField.class);
        if (names != null && !names.isBlank()) {
            Arrays.stream(names.split(",")).map(ProfileField::valueOf).forEach(fields::add);
        }
        return fields;
    }
}
