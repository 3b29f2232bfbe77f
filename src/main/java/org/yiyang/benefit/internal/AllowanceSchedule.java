package org.yiyang.benefit.internal;

import java.time.Clock;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.yiyang.benefit.AllowanceOrigin;
import org.yiyang.benefit.Programme;
import org.yiyang.shared.ChinaTime;

/**
 * Generates the current month of every active monthly programme on the 1st (allowances are paid monthly in
 * advance, 按月预发; a death during the month leaves that month paid, the months after it are recovered). The
 * cron expression is {@code yiyang.benefit.allowance.cron}, in China time. Safe on several nodes and when run
 * again: a second generation of a month finds nothing new.
 */
@Configuration
@EnableScheduling
class AllowanceSchedule {

    private static final Logger log = LoggerFactory.getLogger(AllowanceSchedule.class);

    private final AllowanceGeneration generation;
    private final AllowanceStore store;
    private final Clock clock;

    AllowanceSchedule(AllowanceGeneration generation, AllowanceStore store, Clock clock) {
        this.generation = generation;
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(cron = "${yiyang.benefit.allowance.cron:0 30 2 1 * *}", zone = "Asia/Shanghai")
    void generateCurrentMonth() {
        YearMonth month = YearMonth.from(ChinaTime.today(clock));
        for (Programme p : store.activeMonthly()) {
            try {
                generation.generate(p, month, AllowanceOrigin.MONTHLY, "system:monthly")
                        .ifPresent(run -> log.info("Allowances {} of programme {}: {} rows, {} yuan", month, p.id(),
                                run.rows(), run.total().toYuan()));
            } catch (RuntimeException failed) {
                log.warn("Allowances {} of programme {} not generated: {}", month, p.id(), failed.getMessage());
            }
        }
    }
}
