package org.yiyang.identity.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Password rules in line with GB/T 22239 (等保 2.0) practice: at least 10 characters, letters and digits,
 * not the username.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The message key of the first rule broken, or empty when the password is acceptable. */
    static Optional<String> violation(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("identity.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("identity.password.tooLong");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            return Optional.of("identity.password.needsLettersAndDigits");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("identity.password.containsUsername");
        }
        return Optional.empty();
    }
}
