package org.yiyang.elder.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header row of an import file: which cell holds which {@link ImportColumn}. Refuses the file when a
 * required column is missing, a column is not one the registry knows, or two cells name the same column,
 * so that no value is silently dropped or put into the wrong field.
 */
final class ImportHeader {

    private final Map<ImportColumn, Integer> positions;
    private final Map<ImportColumn, String> written;

    private ImportHeader(Map<ImportColumn, Integer> positions, Map<ImportColumn, String> written) {
        this.positions = positions;
        this.written = written;
    }

    /** Whether a row looks like the header (it names the name and ID number columns), not a title above it. */
    static boolean looksLikeHeader(SheetRow row) {
        var named = row.cells().stream().map(ImportColumn::named).flatMap(java.util.Optional::stream).toList();
        return named.contains(ImportColumn.NAME) && named.contains(ImportColumn.ID_NUMBER);
    }

    static ImportHeader of(SheetRow row) {
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        Map<ImportColumn, String> written = new EnumMap<>(ImportColumn.class);
        List<String> unknown = new ArrayList<>();
        List<String> doubled = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cells().get(i) == null ? "" : row.cells().get(i).strip().replace("\uFEFF", "");
            if (cell.isEmpty() || ImportColumn.ignored(cell)) {
                continue;
            }
            var column = ImportColumn.named(cell);
            if (column.isEmpty()) {
                unknown.add(cell);
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                doubled.add(cell);
            } else {
                written.put(column.get(), cell);
            }
        }
        List<String> missing = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty() && !unknown.isEmpty()) {
            throw ImportRefused.wrongColumns(missing, unknown);
        }
        if (!missing.isEmpty()) {
            throw ImportRefused.missingColumns(missing);
        }
        if (!unknown.isEmpty()) {
            throw ImportRefused.unknownColumns(unknown);
        }
        if (!doubled.isEmpty()) {
            throw ImportRefused.doubledColumns(doubled);
        }
        return new ImportHeader(positions, written);
    }

    /** A data row as a map from {@link ImportColumn#key()} to the cell's text (absent columns left out). */
    Map<String, String> values(SheetRow row) {
        Map<String, String> values = new HashMap<>();
        positions.forEach((column, i) -> {
            if (i < row.cells().size() && row.cells().get(i) != null) {
                values.put(column.key(), row.cells().get(i));
            }
        });
        return values;
    }

    /** The column's header as the file writes it, or the documented one when the file has no such column. */
    String nameOf(ImportColumn column) {
        return written.getOrDefault(column, column.header());
    }
}
