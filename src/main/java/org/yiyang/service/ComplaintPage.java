package org.yiyang.service;

import java.util.List;

/** One page of complaints (escalated first, then by deadline) and the total count for paging. */
public record ComplaintPage(List<Complaint> complaints, long total, int page, int size) {

    public ComplaintPage {
        complaints = List.copyOf(complaints);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
