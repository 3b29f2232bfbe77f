package org.yiyang.care.internal.alarm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.yiyang.care.AlarmSignal;
import org.yiyang.care.Alarms;

/**
 * Device ingestion publishes {@link AlarmSignal}s; each becomes an alarm. The event publication registry keeps the
 * signal until this listener has committed, and delivers it again after a crash or restart; raising is idempotent
 * per (source, source id), so a signal delivered twice is one alarm.
 */
@Component
class AlarmSignals {

    static final String RAISED_BY = "device";
    private static final Logger log = LoggerFactory.getLogger(AlarmSignals.class);

    private final Alarms alarms;

    AlarmSignals(Alarms alarms) {
        this.alarms = alarms;
    }

    @ApplicationModuleListener
    void on(AlarmSignal signal) {
        try {
            alarms.raise(signal, RAISED_BY);
        } catch (AlarmProblem refused) {
            // ids and the reason only: a signal carries no personal data, and none is logged
            log.warn("Alarm signal {}/{} for elder {} refused: {}", signal.source(), signal.sourceId(),
                    signal.elderId(), refused.messageKey());
        }
    }
}
