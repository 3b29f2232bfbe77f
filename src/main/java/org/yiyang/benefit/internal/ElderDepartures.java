package org.yiyang.benefit.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.yiyang.elder.ElderStatus;
import org.yiyang.elder.ElderStatusChanged;

/** A death or a move-out stops the elder's allowances from the next month (停发) and recovers what was paid for it. */
@Component
class ElderDepartures {

    private final Recoveries recoveries;

    ElderDepartures(Recoveries recoveries) {
        this.recoveries = recoveries;
    }

    @ApplicationModuleListener
    void on(ElderStatusChanged event) {
        if (event.status() == ElderStatus.DECEASED || event.status() == ElderStatus.MOVED_OUT) {
            recoveries.stopAfter(event.elderId(), event.effectiveDate(), "system:" + event.status().name().toLowerCase());
        }
    }
}
