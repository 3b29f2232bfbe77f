package org.yiyang.elder.internal;

import java.util.List;

/** One row of an import file as text cells, numbered as a spreadsheet shows it: the first row is 1. */
record SheetRow(int number, List<String> cells) {

    SheetRow {
        cells = List.copyOf(cells);
    }

    boolean blank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
