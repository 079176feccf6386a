package org.givefirst.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TagTest {

    @Test
    void isLowerCaseWithSingleSpaces() {
        assertThat(Tag.of("  Product   Management ").value()).isEqualTo("product management");
    }

    @ParameterizedTest
    @ValueSource(strings = {"c++", "c#", "node.js", "supply-chain", "r&d", "数据工程", "ux/ui", "o'reilly"})
    void acceptsRealSkills(String typed) {
        assertThat(Tag.of(typed).value()).isEqualTo(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>", "java;drop", "-leading", "a\"b", "{x}"})
    void refusesOddCharacters(String typed) {
        assertThatThrownBy(() -> Tag.of(typed))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("validation.tag.invalid"));
    }

    @Test
    void refusesEmptyAndOverlong() {
        assertThatThrownBy(() -> Tag.of(" ")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("validation.tag.empty"));
        assertThatThrownBy(() -> Tag.of("x".repeat(41))).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("validation.tag.tooLong"));
    }

    @Test
    void equalWhenTypedDifferently() {
        assertThat(Tag.of("Java")).isEqualTo(Tag.of(" JAVA "));
    }
}
