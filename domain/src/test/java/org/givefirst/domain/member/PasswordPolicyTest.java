package org.givefirst.domain.member;

import org.givefirst.domain.member.PasswordPolicy.Problem;
import org.givefirst.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThat(PasswordPolicy.check("correct horse battery staple")).isEmpty();
    }

    @Test
    void refusesElevenCharacters() {
        assertThat(PasswordPolicy.check("abcdefghijk")).contains(Problem.TOO_SHORT);
    }

    @Test
    void acceptsExactlyTwelveAndExactly128() {
        assertThat(PasswordPolicy.check("kq7#mzp2!wxv")).isEmpty();
        assertThat(PasswordPolicy.check("kq7#mzp2!wxv".repeat(10) + "abcdefgh")).isEmpty();
    }

    @Test
    void refuses129Characters() {
        assertThat(PasswordPolicy.check("x".repeat(129))).contains(Problem.TOO_LONG);
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // Six emoji are twelve UTF-16 units but only six characters.
        assertThat(PasswordPolicy.check("🌱🌿🍀🌳🌲🌴")).contains(Problem.TOO_SHORT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "passwordpassword", "123456789012", "1qaz2wsx3edc", "PASSWORD1234"})
    void refusesCommonPasswordsWhateverTheirCase(String common) {
        assertThat(PasswordPolicy.check(common)).contains(Problem.TOO_COMMON);
    }

    @Test
    void emptyIsRequired() {
        assertThat(PasswordPolicy.check("")).contains(Problem.REQUIRED);
        assertThat(PasswordPolicy.check(null)).contains(Problem.REQUIRED);
    }

    @Test
    void requireNamesThePasswordField() {
        assertThatThrownBy(() -> PasswordPolicy.require("short"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.getField()).contains("password");
                    assertThat(e.getMessageKey()).isEqualTo("validation.password.tooShort");
                });
    }
}
