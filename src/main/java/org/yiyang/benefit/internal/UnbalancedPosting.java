package org.yiyang.benefit.internal;

/** A programming error: a transaction whose entries do not sum to zero in each unit is never written. */
class UnbalancedPosting extends IllegalStateException {

    UnbalancedPosting(String key, String unit, long sum) {
        super("Transaction " + key + " does not balance in " + unit + ": entries sum to " + sum);
    }
}
