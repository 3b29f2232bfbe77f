package org.yiyang.service.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.yiyang.service.Complaints;

/**
 * Escalates overdue complaints every minute. Safe on several nodes at once: the escalation is one conditional
 * UPDATE, so each complaint is escalated (and its provider told) exactly once.
 */
@Configuration
@EnableScheduling
class ComplaintEscalation {

    private final Complaints complaints;

    ComplaintEscalation(Complaints complaints) {
        this.complaints = complaints;
    }

    @Scheduled(fixedDelayString = "${yiyang.service.complaint-escalation-interval:PT1M}",
            initialDelayString = "${yiyang.service.complaint-escalation-interval:PT1M}")
    void escalateOverdue() {
        complaints.escalateOverdue();
    }
}
