package org.yiyang.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** After {@code maxAttempts} wrong passwords in a row the account is locked for {@code duration}. */
@ConfigurationProperties("yiyang.security.lockout")
record LockoutPolicy(int maxAttempts, Duration duration) {

    LockoutPolicy {
        if (maxAttempts < 1) maxAttempts = 5;
        if (duration == null) duration = Duration.ofMinutes(15);
    }
}
