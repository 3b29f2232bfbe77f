package org.yiyang.hotline.internal;

import java.time.Clock;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.yiyang.shared.ChinaTime;

/**
 * Generates the day's care-call lists every morning (China time). Safe to run twice and on several nodes: the
 * generation skips elders who already have a call that day, and the table allows only one.
 */
@Configuration
@EnableScheduling
class CareCallJob {

    private final CareCallList lists;
    private final Clock clock;

    CareCallJob(CareCallList lists, Clock clock) {
        this.lists = lists;
        this.clock = clock;
    }

    @Scheduled(cron = "${yiyang.hotline.care-calls.cron:0 0 6 * * *}", zone = "Asia/Shanghai")
    void generateToday() {
        lists.generateAll(ChinaTime.today(clock));
    }
}
