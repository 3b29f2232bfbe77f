package org.yiyang.notify.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.yiyang.notify.Notice;
import org.yiyang.notify.Notifier;

/**
 * Writes the inbox rows in the caller's transaction (so a rolled-back order change leaves no notice) and
 * pushes to open pages only once that transaction has committed; without a transaction, at once.
 */
@Component
class InboxNotifier implements Notifier {

    private final InboxStore store;
    private final LiveStreams live;

    InboxNotifier(InboxStore store, LiveStreams live) {
        this.store = store;
        this.live = live;
    }

    @Override
    public void notify(Collection<Long> accountIds, Notice notice) {
        Objects.requireNonNull(notice, "notice");
        if (notice.topic() == null || notice.messageKey() == null || !LocalLink.isLocal(notice.link())) {
            throw new IllegalArgumentException("A notice needs a topic, a message key and a link on this site");
        }
        Set<Long> recipients = new LinkedHashSet<>(accountIds);
        recipients.remove(null);
        if (recipients.isEmpty()) {
            return;
        }
        Map<Long, Long> inboxIds = store.insert(recipients, notice);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    live.publish(inboxIds, notice);
                }
            });
        } else {
            live.publish(inboxIds, notice);
        }
    }
}
