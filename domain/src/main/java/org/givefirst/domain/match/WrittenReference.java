package org.givefirst.domain.match;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.givefirst.domain.shared.Texts;

import java.io.Serializable;
import java.util.Objects;

/**
 * A reference or recommendation as the giver writes it, guided: how they know the person, their
 * strengths, one concrete example, and for which role.
 */
@Embeddable
public class WrittenReference implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int HOW_KNOWN_MAX = 500;
    public static final int STRENGTHS_MAX = 2000;
    public static final int EXAMPLE_MAX = 2000;
    public static final int FOR_ROLE_MAX = 120;

    @Column(name = "ref_how_known", length = HOW_KNOWN_MAX)
    private String howKnown;

    @Column(name = "ref_strengths", length = STRENGTHS_MAX)
    private String strengths;

    @Column(name = "ref_example", length = EXAMPLE_MAX)
    private String example;

    @Column(name = "ref_for_role", length = FOR_ROLE_MAX)
    private String forRole;

    protected WrittenReference() {
        // for JPA
    }

    public WrittenReference(String howKnown, String strengths, String example, String forRole) {
        this.howKnown = required(howKnown, HOW_KNOWN_MAX, "howKnown");
        this.strengths = required(strengths, STRENGTHS_MAX, "strengths");
        this.example = required(example, EXAMPLE_MAX, "example");
        this.forRole = required(forRole, FOR_ROLE_MAX, "forRole");
    }

    private static String required(String text, int max, String field) {
        return Texts.required(text, max, field, "validation.reference." + field + ".required",
                "validation.reference." + field + ".tooLong");
    }

    public String getHowKnown() {
        return howKnown;
    }

    public String getStrengths() {
        return strengths;
    }

    public String getExample() {
        return example;
    }

    public String getForRole() {
        return forRole;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WrittenReference that && Objects.equals(howKnown, that.howKnown)
                && Objects.equals(strengths, that.strengths) && Objects.equals(example, that.example)
                && Objects.equals(forRole, that.forRole);
    }

    @Override
    public int hashCode() {
        return Objects.hash(howKnown, strengths, example, forRole);
    }
}
