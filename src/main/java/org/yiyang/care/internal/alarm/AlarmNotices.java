package org.yiyang.care.internal.alarm;

import java.time.Clock;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.yiyang.care.AlarmRaised;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.notify.Notice;
import org.yiyang.notify.Notifier;

/**
 * Tells the elder's own account and confirmed family members about a new alarm (inbox and live), and records it
 * as the NOTIFIED step. Redelivered after a crash; the step is written once (level 0), and only the delivery that
 * wrote it sends the notice, so nobody is told twice.
 */
@Component
class AlarmNotices {

    static final String SYSTEM = "system";

    private final AlarmStore store;
    private final ServiceRecipients recipients;
    private final Notifier notifier;
    private final Clock clock;

    AlarmNotices(AlarmStore store, ServiceRecipients recipients, Notifier notifier, Clock clock) {
        this.store = store;
        this.recipients = recipients;
        this.notifier = notifier;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AlarmRaised raised) {
        List<Long> accounts = recipients.accountsToNotify(raised.elderId());
        boolean first = store.append(raised.alarmId(), AlarmStep.of(AlarmStepKind.NOTIFIED, clock.instant(), null, SYSTEM)
                .with(null, null, null, 0, null, String.valueOf(accounts.size())));
        if (first && !accounts.isEmpty()) {
            notifier.notify(accounts, new Notice("alarm:" + raised.alarmId(), "alarm.notice.raised",
                    List.of(String.valueOf(raised.alarmId())), "/"));
        }
    }
}
