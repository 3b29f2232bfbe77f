package org.yiyang.elder.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

import org.yiyang.elder.ElderProblem;
import org.yiyang.identity.OutOfScope;
import org.yiyang.identity.Viewer;

/**
 * One import under way: prepares its batches (validation and sealing in parallel, repeated ID numbers kept out)
 * and keeps its counts and problems, which count a batch only once it is committed.
 */
final class ImportRun {

    /** A batch ready to be written: its sealed elders, and the problems that keep its other rows out. */
    record Prepared(List<ElderBatchWriter.Sealed> sealed, List<ImportProblem> failed) {
    }

    private final Viewer viewer;
    private final Function<ImportColumn, String> columnNames;
    private final ElderValidator validator;
    private final ElderBatchWriter writer;
    private final ForkJoinPool workers;
    private final LocalDate today;
    private final SeenIdNumbers seen = new SeenIdNumbers();
    private final List<ImportProblem> problems = new ArrayList<>();
    private ImportCounts counts = ImportCounts.NONE;
    private int unreported;

    ImportRun(Viewer viewer, Function<ImportColumn, String> columnNames, ElderValidator validator,
              ElderBatchWriter writer, ForkJoinPool workers, LocalDate today) {
        this.viewer = viewer;
        this.columnNames = columnNames;
        this.validator = validator;
        this.writer = writer;
        this.workers = workers;
        this.today = today;
    }

    ImportCounts counts() {
        return counts;
    }

    ImportResult result() {
        return new ImportResult(counts, problems, unreported);
    }

    /** Validates the rows in parallel, keeps the first of repeated ID numbers, seals the rest in parallel. */
    Prepared prepare(List<ElderImporter.SourceRow> batch) {
        List<Object> checked = inParallel(() -> batch.parallelStream().map(this::check).toList());
        List<ElderBatchWriter.Candidate> candidates = new ArrayList<>();
        List<ImportProblem> failed = new ArrayList<>();
        for (Object outcome : checked) {
            if (outcome instanceof ImportProblem problem) {
                failed.add(problem);
            } else if (outcome instanceof ElderBatchWriter.Candidate c) {
                int first = seen.firstRowOf(c.record().idNumber(), c.row());
                if (first == 0) {
                    candidates.add(c);
                } else {
                    failed.add(new ImportProblem(c.row(), columnNames.apply(ImportColumn.ID_NUMBER),
                            "elderimport.error.repeatedInFile", Integer.toString(first)));
                }
            }
        }
        return new Prepared(inParallel(() -> candidates.parallelStream().map(writer::seal).toList()), failed);
    }

    /** Counts a committed batch: its problems, the elders inserted and those registered before (skipped). */
    void account(Prepared batch, boolean[] inserted) {
        int imported = 0;
        for (boolean b : inserted) {
            imported += b ? 1 : 0;
        }
        batch.failed().stream().sorted(Comparator.comparingInt(ImportProblem::row)).forEach(this::report);
        counts = counts.plus(imported, inserted.length - imported, batch.failed().size());
    }

    /** A {@link ElderBatchWriter.Candidate}, or the {@link ImportProblem} that keeps the row out. */
    private Object check(ElderImporter.SourceRow row) {
        try {
            ElderRecord record = validator.validate(viewer, ImportValues.draft(row.values()), today);
            return new ElderBatchWriter.Candidate(row.number(), record, writer.idIndex(record));
        } catch (ElderProblem problem) {
            String column = ImportColumn.ofField(problem.field()).map(columnNames).orElse("");
            return new ImportProblem(row.number(), column, problem.messageKey(), null);
        } catch (OutOfScope outside) {
            return new ImportProblem(row.number(), columnNames.apply(ImportColumn.DIVISION_CODE),
                    "elderimport.error.outsideDivision", null);
        }
    }

    private void report(ImportProblem problem) {
        if (problems.size() < ElderImporter.MAX_REPORTED_PROBLEMS) {
            problems.add(problem);
        } else {
            unreported++;
        }
    }

    private <T> T inParallel(Callable<T> work) {
        try {
            return workers.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Import interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
