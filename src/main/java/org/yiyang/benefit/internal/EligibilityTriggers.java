package org.yiyang.benefit.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Propagation;
import org.yiyang.benefit.EligibilityTrigger;
import org.yiyang.elder.CapabilityLevelChanged;
import org.yiyang.elder.ElderMoved;
import org.yiyang.elder.ElderRegistered;
import org.yiyang.elder.ElderStatusChanged;

/**
 * When eligibility is evaluated without anyone asking: every night over the whole registry (an elder whose
 * birthday crosses an age band is found then, as age is computed on the day), and for one elder after a change
 * to their record, once it is committed. The listeners open no transaction of their own: a run waits for the one
 * going on without holding a database connection, then runs in its own transaction.
 */
@Configuration
@EnableScheduling
class EligibilityTriggers {

    static final String SYSTEM = "system";

    private final EligibilityRuns runs;

    EligibilityTriggers(EligibilityRuns runs) {
        this.runs = runs;
    }

    @Scheduled(cron = "${yiyang.benefit.eligibility.cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        runs.runAll(EligibilityTrigger.NIGHTLY, SYSTEM, programme -> true, true);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CapabilityLevelChanged event) {
        runs.runForElder(event.elderId(), EligibilityTrigger.EVENT, "event:level");
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ElderStatusChanged event) {
        runs.runForElder(event.elderId(), EligibilityTrigger.EVENT, "event:" + event.status().name().toLowerCase());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ElderRegistered event) {
        runs.runForElder(event.elderId(), EligibilityTrigger.EVENT, "event:registered");
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ElderMoved event) {
        runs.runForElder(event.elderId(), EligibilityTrigger.EVENT, "event:moved");
    }
}
