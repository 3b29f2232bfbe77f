package org.yiyang.elder.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An uploaded list opened for import: CSV or .xlsx (told apart by content, not by the file name), its header row
 * found and checked, then the data rows below it with blank rows left out. A title row or two above the header,
 * as bureaus' spreadsheets often have, is read past.
 */
final class ImportFile implements Closeable {

    static final int HEADER_SEARCH_ROWS = 10;

    private final SheetRows rows;
    private final ImportHeader header;

    private ImportFile(SheetRows rows, ImportHeader header) {
        this.rows = rows;
        this.header = header;
    }

    /** Opens and checks the file; throws {@link ImportRefused} naming what is wrong with it. */
    static ImportFile open(Path file) {
        SheetRows rows = sheetRows(file);
        try {
            SheetRow closest = null;
            long closestNamed = -1;
            for (int searched = 0; rows.hasNext() && searched < HEADER_SEARCH_ROWS; ) {
                SheetRow row = rows.next();
                if (row.blank()) {
                    continue;
                }
                if (ImportHeader.looksLikeHeader(row)) {
                    return new ImportFile(rows, ImportHeader.of(row));
                }
                long named = row.cells().stream().filter(c -> ImportColumn.named(c).isPresent()).count();
                if (named > closestNamed) {
                    closest = row;
                    closestNamed = named;
                }
                searched++;
            }
            if (closest == null) {
                throw ImportRefused.empty();
            }
            ImportHeader.of(closest);
            throw ImportRefused.unreadable();
        } catch (RuntimeException e) {
            closeQuietly(rows);
            throw e;
        }
    }

    /** Opens the file and checks that it has a valid header and at least one data row. */
    static void check(Path file) {
        try (ImportFile opened = open(file)) {
            if (!opened.rows().hasNext()) {
                throw ImportRefused.noRows();
            }
        }
    }

    /** Opens the file only to count its data rows, for the progress of a job. */
    static int countRows(Path file) {
        try (ImportFile opened = open(file)) {
            int count = 0;
            for (var it = opened.rows(); it.hasNext(); it.next()) {
                count++;
            }
            return count;
        }
    }

    ImportHeader header() {
        return header;
    }

    /** The non-blank rows below the header, each with its number in the file. */
    Iterator<ElderImporter.SourceRow> rows() {
        return new Iterator<>() {
            private SheetRow next;

            @Override
            public boolean hasNext() {
                while (next == null && rows.hasNext()) {
                    SheetRow row = rows.next();
                    next = row.blank() ? null : row;
                }
                return next != null;
            }

            @Override
            public ElderImporter.SourceRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SheetRow row = next;
                next = null;
                return new ElderImporter.SourceRow(row.number(), header.values(row));
            }
        };
    }

    private static SheetRows sheetRows(Path file) {
        try {
            byte[] magic;
            try (InputStream in = Files.newInputStream(file)) {
                magic = in.readNBytes(4);
            }
            if (magic.length == 0) {
                throw ImportRefused.empty();
            }
            if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
                return XlsxSheetRows.open(file);
            }
            if (magic.length == 4 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF
                    && (magic[2] & 0xFF) == 0x11 && (magic[3] & 0xFF) == 0xE0) {
                throw ImportRefused.oldExcelFormat();
            }
            return CsvSheetRows.open(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // refusing the file matters more than closing it cleanly
        }
    }

    @Override
    public void close() {
        closeQuietly(rows);
    }
}
