package org.yiyang.benefit;

import java.util.List;

/** A page of a programme's proposals within the viewer's division, oldest first. */
public record ProposalPage(long programmeId, String programmeName, List<Proposal> proposals, int page, int size,
                           long total) {

    public ProposalPage {
        proposals = List.copyOf(proposals);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
