package org.yiyang.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.yiyang.identity.Role;
import org.yiyang.shared.DivisionCode;

class AccountTests {

    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");

    private final Account account = Account.create("wangfang", "王芳", "{noop}hash", Role.CAREGIVER,
            DivisionCode.of("152221000000"), false, "admin", T0);

    @Test
    void aNewAccountIsEnabledAndNotLocked() {
        assertThat(account.enabled()).isTrue();
        assertThat(account.isLockedAt(T0)).isFalse();
        assertThat(account.failedAttempts()).isZero();
        assertThat(account.mustChangePassword()).isFalse();
        assertThat(account.division()).isEqualTo(DivisionCode.of("152221000000"));
    }

    @Test
    void locksExactlyAtTheFifthFailureInARow() {
        for (int i = 1; i <= 4; i++) {
            assertThat(account.registerFailedLogin(T0.plusSeconds(i), POLICY)).as("failure %d", i).isFalse();
            assertThat(account.isLockedAt(T0.plusSeconds(i))).isFalse();
        }
        assertThat(account.failedAttempts()).isEqualTo(4);

        assertThat(account.registerFailedLogin(T0.plusSeconds(5), POLICY)).isTrue();

        assertThat(account.isLockedAt(T0.plusSeconds(5))).isTrue();
        assertThat(account.lockedUntil()).isEqualTo(T0.plusSeconds(5).plus(Duration.ofMinutes(15)));
    }

    @Test
    void staysLockedUntilTheLockExpiresAndNoLonger() {
        Instant lockedAt = lockOut();
        Instant expiry = lockedAt.plus(Duration.ofMinutes(15));

        assertThat(account.isLockedAt(expiry.minusMillis(1))).isTrue();
        assertThat(account.isLockedAt(expiry)).isFalse();
        assertThat(account.isLockedAt(expiry.plusSeconds(1))).isFalse();
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        Instant lockedAt = lockOut();
        Instant until = account.lockedUntil();

        for (int i = 1; i <= 10; i++) {
            assertThat(account.registerFailedLogin(lockedAt.plus(Duration.ofMinutes(i)), POLICY)).isFalse();
        }

        assertThat(account.lockedUntil()).isEqualTo(until);
        assertThat(account.isLockedAt(until)).isFalse();
    }

    @Test
    void afterTheLockExpiresFiveNewFailuresAreNeededToLockAgain() {
        Instant expiry = lockOut().plus(Duration.ofMinutes(15));

        for (int i = 1; i <= 4; i++) {
            assertThat(account.registerFailedLogin(expiry.plusSeconds(i), POLICY)).isFalse();
        }
        assertThat(account.isLockedAt(expiry.plusSeconds(4))).isFalse();
        assertThat(account.registerFailedLogin(expiry.plusSeconds(5), POLICY)).isTrue();
    }

    @Test
    void aSuccessfulLoginResetsTheCountOfFailures() {
        for (int i = 1; i <= 4; i++) {
            account.registerFailedLogin(T0.plusSeconds(i), POLICY);
        }
        account.registerSuccessfulLogin(T0.plusSeconds(10));

        assertThat(account.failedAttempts()).isZero();
        for (int i = 1; i <= 4; i++) {
            assertThat(account.registerFailedLogin(T0.plusSeconds(10 + i), POLICY)).isFalse();
        }
        assertThat(account.isLockedAt(T0.plusSeconds(15))).isFalse();
    }

    @Test
    void enablingClearsTheLock() {
        Instant lockedAt = lockOut();
        account.disable(lockedAt.plusSeconds(1));
        assertThat(account.enabled()).isFalse();

        account.enable(lockedAt.plusSeconds(2));

        assertThat(account.enabled()).isTrue();
        assertThat(account.isLockedAt(lockedAt.plusSeconds(3))).isFalse();
        assertThat(account.lockedUntil()).isNull();
        assertThat(account.failedAttempts()).isZero();
    }

    @Test
    void aPasswordResetByAnAdministratorMustBeChangedAndClearsTheLock() {
        Instant lockedAt = lockOut();

        account.resetPassword("{noop}temporary", lockedAt.plusSeconds(1));

        assertThat(account.passwordHash()).isEqualTo("{noop}temporary");
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.isLockedAt(lockedAt.plusSeconds(2))).isFalse();
    }

    @Test
    void changingThePasswordLiftsTheObligationToChangeIt() {
        account.resetPassword("{noop}temporary", T0.plusSeconds(1));

        account.changePassword("{noop}chosen", T0.plusSeconds(2));

        assertThat(account.passwordHash()).isEqualTo("{noop}chosen");
        assertThat(account.mustChangePassword()).isFalse();
    }

    @Test
    void aLockoutPolicyWithoutValuesFallsBackToFiveAttemptsForFifteenMinutes() {
        assertThat(new LockoutPolicy(0, null)).isEqualTo(new LockoutPolicy(5, Duration.ofMinutes(15)));
    }

    /** Five wrong passwords in a row; returns the instant of the fifth. */
    private Instant lockOut() {
        Instant at = T0;
        for (int i = 1; i <= 5; i++) {
            at = T0.plusSeconds(i);
            account.registerFailedLogin(at, POLICY);
        }
        assertThat(account.isLockedAt(at)).isTrue();
        return at;
    }
}
