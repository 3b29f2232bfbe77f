package org.yiyang.notify;

/**
 * The per-account inbox (站内消息) as other modules see it: how many notices an account has not read yet, for
 * the unread badge every page header shows. Notices are written with {@link Notifier}.
 */
public interface Inbox {

    /** Notices of the account not opened yet; 0 for an account that has none. */
    long unreadCount(long accountId);
}
