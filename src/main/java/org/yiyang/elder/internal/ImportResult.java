package org.yiyang.elder.internal;

import java.util.List;

/**
 * The outcome of an import: the counts and the reported problems, at most {@link ElderImporter#MAX_REPORTED_PROBLEMS}
 * of them ({@code unreported} says how many more rows failed).
 */
public record ImportResult(ImportCounts counts, List<ImportProblem> problems, int unreported) {

    public ImportResult {
        problems = List.copyOf(problems);
    }
}
