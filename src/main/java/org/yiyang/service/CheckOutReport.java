package org.yiyang.service;

import java.util.List;

/**
 * What the caregiver reports at check-out: the tasks ticked ({@link VisitTask} names), tasks in their own words,
 * notes, and the elder's or family's confirmation — the order's PIN, or a signature drawn on the screen as a PNG
 * data URL ({@code data:image/png;base64,…}). One of {@code pin} and {@code signature} is needed.
 */
public record CheckOutReport(List<String> tasks, String otherTasks, String notes, String pin, String signature) {

    public CheckOutReport {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }
}
