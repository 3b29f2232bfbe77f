package org.yiyang.care.internal.alarm;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Pushes alarms to the open desk consoles once their change has committed: a console never shows an alarm that a
 * rollback took back. The push is made in memory on the committing thread, with nothing stored for it: a push lost
 * to a crash is made good by the console reloading its queue when it reconnects.
 */
@Component
class DeskFeed {

    private final DeskStreams streams;

    DeskFeed(DeskStreams streams) {
        this.streams = streams;
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
