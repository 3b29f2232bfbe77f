package org.yiyang.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class PasswordPolicyProperties {

    @Property
    void acceptsEveryPasswordOfTenToOneHundredTwentyEightLettersAndDigitsWithoutTheUsername(
            @ForAll("acceptable") String password) {
        assertThat(PasswordPolicy.violation("zz_nobody_zz", password)).isEmpty();
    }

    @Property
    void rejectsEveryPasswordShorterThanTen(@ForAll @StringLength(max = 9) String password) {
        assertThat(PasswordPolicy.violation("user", password)).contains("identity.password.tooShort");
    }

    @Property
    void rejectsEveryPasswordLongerThanOneHundredTwentyEight(@ForAll @StringLength(min = 129, max = 400) String password) {
        assertThat(PasswordPolicy.violation("user", password)).contains("identity.password.tooLong");
    }

    @Property
    void rejectsEveryPasswordOfOnlyLetters(@ForAll @AlphaChars @StringLength(min = 10, max = 128) String password) {
        assertThat(PasswordPolicy.violation(null, password)).contains("identity.password.needsLettersAndDigits");
    }

    @Property
    void rejectsEveryPasswordOfOnlyDigits(@ForAll @NumericChars @StringLength(min = 10, max = 128) String password) {
        assertThat(PasswordPolicy.violation(null, password)).contains("identity.password.needsLettersAndDigits");
    }

    @Property
    void rejectsEveryAcceptablePasswordOnceTheUsernameIsInsertedInAnyCase(
            @ForAll("acceptableWithRoom") String password,
            @ForAll @AlphaChars @StringLength(min = 1, max = 20) String username,
            @ForAll @IntRange(max = 100) int at,
            @ForAll boolean upper) {
        int position = Math.min(at, password.length());
        String shown = upper ? username.toUpperCase() : username.toLowerCase();
        String withName = password.substring(0, position) + shown + password.substring(position);

        assertThat(PasswordPolicy.violation(username, withName)).contains("identity.password.containsUsername");
    }

    @Property
    void everyAcceptedPasswordKeepsEveryRule(@ForAll("usernames") String username, @ForAll("candidates") String password) {
        if (PasswordPolicy.violation(username, password).isEmpty()) {
            assertThat(password.length()).isBetween(PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
            assertThat(password.chars().anyMatch(Character::isLetter)).isTrue();
            assertThat(password.chars().anyMatch(Character::isDigit)).isTrue();
            assertThat(password.toLowerCase()).doesNotContain(username.toLowerCase());
        }
    }

    @Provide
    Arbitrary<String> usernames() {
        return Arbitraries.strings().withChars("abAB1").ofMinLength(1).ofMaxLength(3);
    }

    /** Short alphabet so that usernames turn up inside passwords often. */
    @Provide
    Arbitrary<String> candidates() {
        return Arbitraries.strings().withChars("abAB12!").ofMinLength(8).ofMaxLength(14);
    }

    @Provide
    Arbitrary<String> acceptable() {
        return lettersDigitsAndFiller(60);
    }

    /** At most 88 characters, so that a username of up to 20 still fits within the maximum. */
    @Provide
    Arbitrary<String> acceptableWithRoom() {
        return lettersDigitsAndFiller(40);
    }

    private static Arbitrary<String> lettersDigitsAndFiller(int maxRun) {
        Arbitrary<String> letters = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(maxRun);
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(maxRun);
        Arbitrary<String> filler = Arbitraries.strings().withChars("abcdefghjkmnpqrstuvwxyz0123456789!@#$%-")
                .ofLength(8);
        return Combinators.combine(letters, digits, filler, Arbitraries.integers().between(0, 2))
                .as((l, d, f, order) -> switch (order) {
                    case 0 -> l + d + f;
                    case 1 -> d + f + l;
                    default -> f + l + d;
                });
    }
}
