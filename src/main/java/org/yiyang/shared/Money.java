package org.yiyang.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of renminbi in integer fen (分). Money is never a double: sums and splits are exact, and a
 * split of an amount into shares always adds up to the amount.
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /** Parses yuan as people type them ({@code 12}, {@code 12.5}, {@code 12.50}); more than two decimals is refused. */
    public static Money parseYuan(String yuan) {
        try {
            BigDecimal value = new BigDecimal(yuan.trim());
            return new Money(value.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not an amount in yuan with at most two decimals: " + yuan, e);
        }
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(fen, quantity));
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public boolean isZero() {
        return fen == 0;
    }

    public Money min(Money other) {
        return fen <= other.fen ? this : other;
    }

    /** {@code 12.50}: yuan with two decimals, for display next to ¥ and in files. */
    public String toYuan() {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public String toString() {
        return "¥" + toYuan();
    }
}
