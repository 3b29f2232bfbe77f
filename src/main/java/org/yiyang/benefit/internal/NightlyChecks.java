package org.yiyang.benefit.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.yiyang.benefit.BenefitChecks;

/**
 * Runs the checks (稽核) every night, by default at 02:30 China time ({@code yiyang.benefit.checks.cron}; "-" turns
 * the job off). Safe on several nodes at once: each finding is recorded once.
 */
@Configuration
@EnableScheduling
class NightlyChecks {

    private final BenefitChecks checks;

    NightlyChecks(BenefitChecks checks) {
        this.checks = checks;
    }

    @Scheduled(cron = "${yiyang.benefit.checks.cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    void run() {
        checks.runNightly();
    }
}
