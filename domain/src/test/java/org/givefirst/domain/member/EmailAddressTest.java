package org.givefirst.domain.member;

import org.givefirst.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTest {

    @Test
    void trimsAndLowerCases() {
        assertThat(EmailAddress.of("  Ana.Silva@Example.ORG \t").value()).isEqualTo("ana.silva@example.org");
    }

    @Test
    void twoSpellingsOfOneAddressAreEqual() {
        assertThat(EmailAddress.of("ANA@example.org")).isEqualTo(EmailAddress.of("ana@EXAMPLE.org "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana", "ana@", "@example.org", "ana@example", "ana silva@example.org",
            "ana@@example.org", "ana@example..org", "ana@.example.org", "ana@example.org."})
    void refusesWhatIsNoAddress(String typed) {
        assertThatThrownBy(() -> EmailAddress.of(typed))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("validation.email.invalid");
                    assertThat(e.getField()).contains("email");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankIsRequired(String typed) {
        assertThatThrownBy(() -> EmailAddress.of(typed))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("validation.email.required"));
    }

    @Test
    void nullIsRequired() {
        assertThatThrownBy(() -> EmailAddress.of(null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("validation.email.required"));
    }

    @Test
    void refusesAddressesLongerThanTheSmtpLimit() {
        String local = "a".repeat(64);
        String domain = ("b".repeat(60) + ".").repeat(4) + "org"; // 247 characters
        assertThatThrownBy(() -> EmailAddress.of(local + "@" + domain))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("validation.email.tooLong"));
    }

    @Test
    void acceptsInternationalDomains() {
        assertThat(EmailAddress.of("zoë@exämple.de").value()).isEqualTo("zoë@exämple.de");
    }
}
