package org.yiyang.benefit;

import org.yiyang.shared.Money;

/** What settling a payment file did: rows paid and their total, rows failed; {@code applied} false when it was settled before. */
public record Settlement(long fileId, long paid, Money paidTotal, long failed, boolean applied) {
}
