package org.yiyang.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    private static final String USER = "wangfang";

    @Test
    void acceptsAPasswordOfLettersAndDigits() {
        assertThat(PasswordPolicy.violation(USER, "Caoyuan2024")).isEmpty();
    }

    @Test
    void rejectsAMissingPasswordAsTooShort() {
        assertThat(PasswordPolicy.violation(USER, null)).contains("identity.password.tooShort");
        assertThat(PasswordPolicy.violation(USER, "")).contains("identity.password.tooShort");
    }

    @Test
    void rejectsNineCharactersAndAcceptsTen() {
        assertThat(PasswordPolicy.violation(USER, "abcdefgh1")).contains("identity.password.tooShort");
        assertThat(PasswordPolicy.violation(USER, "abcdefghi1")).isEmpty();
    }

    @Test
    void acceptsOneHundredTwentyEightCharactersAndRejectsOneHundredTwentyNine() {
        assertThat(PasswordPolicy.violation(USER, "a".repeat(127) + "1")).isEmpty();
        assertThat(PasswordPolicy.violation(USER, "a".repeat(128) + "1")).contains("identity.password.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijkl", "ABCDEFGHIJKL", "1234567890", "12345678901234", "!@#$%^&*()_+", "abc!@#$%^&*()"})
    void rejectsAPasswordWithoutBothLettersAndDigits(String password) {
        assertThat(PasswordPolicy.violation(USER, password)).contains("identity.password.needsLettersAndDigits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wangfang2024", "2024WANGFANG", "xxWangFang99x"})
    void rejectsAPasswordContainingTheUsernameInAnyCase(String password) {
        assertThat(PasswordPolicy.violation(USER, password)).contains("identity.password.containsUsername");
        assertThat(PasswordPolicy.violation("WangFang", password)).contains("identity.password.containsUsername");
    }

    @Test
    void acceptsAPasswordThatOnlySharesPartOfTheUsername() {
        assertThat(PasswordPolicy.violation(USER, "wangfan2024x")).isEmpty();
    }

    @Test
    void checksOnlyTheRulesThatApplyWhenThereIsNoUsername() {
        assertThat(PasswordPolicy.violation(null, "wangfang2024")).isEmpty();
    }

    @Test
    void countsChineseCharactersAsLetters() {
        assertThat(PasswordPolicy.violation(USER, "草原牧民之家呼和浩特20")).isEmpty();
    }

    @Test
    void reportsTheFirstRuleBrokenInOrder() {
        assertThat(PasswordPolicy.violation("abc", "abc")).contains("identity.password.tooShort");
        assertThat(PasswordPolicy.violation("aaa", "a".repeat(129))).contains("identity.password.tooLong");
        assertThat(PasswordPolicy.violation("abcdefghij", "abcdefghij")).contains("identity.password.needsLettersAndDigits");
    }
}
