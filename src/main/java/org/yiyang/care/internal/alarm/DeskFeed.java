package org.yiyang.care.internal.alarm;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.yiyang.care.AlarmRaised;

/**
 * Pushes alarms to the open desk consoles once their change has committed: a console never shows an alarm that a
 * rollback took back. A push lost to a crash is made good by the console reloading its queue when it reconnects.
 */
@Component
class DeskFeed {

    private final DeskStreams streams;
    private final AlarmStore store;

    DeskFeed(DeskStreams streams, AlarmStore store) {
        this.streams = streams;
        this.store = store;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(AlarmRaised raised) {
        store.find(raised.alarmId()).ifPresent(alarm -> streams.publish(DeskEvent.RAISED, alarm));
    }

    /** After the current transaction commits (at once without one), tells the consoles the alarm changed. */
    void afterCommit(DeskEvent event, AlarmView alarm) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            streams.publish(event, alarm);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                streams.publish(event, alarm);
            }
        });
    }
}
