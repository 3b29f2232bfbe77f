package org.yiyang.elder.internal;

/**
 * How far an import has come: rows processed so far, and of those how many were imported, skipped because the ID
 * number is already registered, or failed (refused by validation or repeated in the file).
 */
public record ImportCounts(int processed, int imported, int skipped, int failed) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0);

    ImportCounts plus(int imported, int skipped, int failed) {
        return new ImportCounts(processed + imported + skipped + failed, this.imported + imported,
                this.skipped + skipped, this.failed + failed);
    }
}
