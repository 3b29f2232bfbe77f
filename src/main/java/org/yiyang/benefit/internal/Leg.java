package org.yiyang.benefit.internal;

/** One entry of a posting: the signed amount it adds to an account's balance (fen, or points for point accounts). */
record Leg(long accountId, long amount) {
}
