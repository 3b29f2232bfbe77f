package org.yiyang.notify;

import java.util.Collection;

/** Sends notices to accounts: stored in each inbox and pushed live to their open pages. */
public interface Notifier {

    /**
     * Stores the notice for each account (in the caller's transaction) and, once that commits, pushes it
     * to the accounts' open event streams. Duplicate account ids receive it once.
     */
    void notify(Collection<Long> accountIds, Notice notice);
}
