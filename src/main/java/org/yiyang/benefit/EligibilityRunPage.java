package org.yiyang.benefit;

import java.util.List;

/** A page of eligibility runs, newest first, each with the counts of the programmes the viewer may see. */
public record EligibilityRunPage(List<EligibilityRunSummary> runs, int page, int size, long total) {

    public EligibilityRunPage {
        runs = List.copyOf(runs);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
