package org.givefirst.web.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SignInMechanismTest {

    @ParameterizedTest
    @ValueSource(strings = {"/profile/edit", "/members/profile?id=7", "/requests/view?id=3&x=%2F"})
    void continuesToPagesInsideGiveFirst(String next) {
        assertThat(SignInMechanism.safeNext(next, "/dashboard")).isEqualTo(next);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "https://evil.example/", "//evil.example", "/\\evil.example", "/\t/evil.example",
            "/\r\nSet-Cookie:x", "evil", "/signin?next=/x", "/ /evil"})
    void neverLeadsAnywhereElse(String next) {
        assertThat(SignInMechanism.safeNext(next, "/dashboard")).isEqualTo("/dashboard");
    }
}
