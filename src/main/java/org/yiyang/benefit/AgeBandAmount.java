package org.yiyang.benefit;

import org.yiyang.shared.Money;

/** The monthly amount from an age on, e.g. 80 → 50 元, 90 → 100 元, 100 → 300 元 (高龄津贴分档). */
public record AgeBandAmount(int fromAge, Money monthly) {
}
