package org.yiyang.notify.internal;

import java.time.Instant;
import java.util.List;

/** One stored notice of one account. */
public record InboxEntry(long id, long accountId, String topic, String messageKey, List<String> args, String link,
                         Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
