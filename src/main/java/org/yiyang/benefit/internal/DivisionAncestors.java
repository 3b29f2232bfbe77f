package org.yiyang.benefit.internal;

import java.util.ArrayList;
import java.util.List;

import org.yiyang.shared.DivisionCode;

/** The codes above a division (region, league, banner …), from its own digits: a programme of any of them serves it. */
final class DivisionAncestors {

    private static final int[] PREFIX_LENGTH = {2, 4, 6, 9};

    private DivisionAncestors() {
    }

    static List<String> of(DivisionCode code) {
        List<String> codes = new ArrayList<>();
        for (int level = 1; level < code.level(); level++) {
            String prefix = code.value().substring(0, PREFIX_LENGTH[level - 1]);
            codes.add(prefix + "0".repeat(12 - prefix.length()));
        }
        return codes.isEmpty() ? List.of("-") : codes;
    }
}
