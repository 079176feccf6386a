package org.givefirst.domain.member;

import org.givefirst.domain.shared.InvalidValueException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be, after NIST SP 800-63B: long enough (12), long passphrases welcome (128),
 * and not one of the passwords that attackers try first. No composition rules: they make
 * passwords harder to remember, not harder to guess.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Why a password was refused; each has a message key. */
    public enum Problem {
        REQUIRED("validation.password.required"),
        TOO_SHORT("validation.password.tooShort"),
        TOO_LONG("validation.password.tooLong"),
        TOO_COMMON("validation.password.tooCommon");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private static final String COMMON_PASSWORDS = "common-passwords.txt";

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The first problem with this password, or empty when it is acceptable. */
    public static Optional<Problem> check(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Problem.REQUIRED);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.TOO_COMMON);
        }
        return Optional.empty();
    }

    /** Throws {@link InvalidValueException} on the {@code password} field when the password is refused. */
    public static void require(String password) {
        check(password).ifPresent(problem -> {
            throw new InvalidValueException("password", problem.messageKey());
        });
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the domain jar");
            }
            Set<String> passwords = new HashSet<>(65_536);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip).filter(line -> !line.isEmpty())
                        .map(line -> line.toLowerCase(Locale.ROOT)).forEach(passwords::add);
            }
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
