package org.yiyang.elder;

import java.util.List;

/** One page of assessments in the viewer's division. */
public record AssessmentPage(List<AssessmentSummary> items, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
