package org.yiyang.care.internal.alarm;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Checks for alarms to escalate every 15 s by default ({@code yiyang.care.alarm.escalation-check}). */
@Configuration
@EnableScheduling
class AlarmEscalationSchedule {

    private final AlarmEscalation escalation;

    AlarmEscalationSchedule(AlarmEscalation escalation) {
        this.escalation = escalation;
    }

    @Scheduled(fixedDelayString = "${yiyang.care.alarm.escalation-check:PT15S}",
            initialDelayString = "${yiyang.care.alarm.escalation-check:PT15S}")
    void escalateDue() {
        escalation.escalateDue();
    }
}
