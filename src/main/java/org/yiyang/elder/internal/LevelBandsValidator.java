package org.yiyang.elder.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.yiyang.elder.internal.AssessmentStandard.LevelBand;

/** Level bands cover every total from 0 to the maximum exactly once, and a higher total never gives a worse level. */
final class LevelBandsValidator {

    private LevelBandsValidator() {
    }

    static List<String> problemsOf(List<LevelBand> bands, int maxTotal) {
        List<String> problems = new ArrayList<>();
        if (bands.isEmpty()) {
            problems.add("no level bands");
            return problems;
        }
        List<LevelBand> rising = bands.stream().sorted(Comparator.comparingInt(LevelBand::minTotal)).toList();
        int next = 0;
        LevelBand previous = null;
        for (LevelBand band : rising) {
            if (band.minTotal() > band.maxTotal()) {
                problems.add("level band " + describe(band) + " runs backwards");
                continue;
            }
            if (band.minTotal() > next) {
                problems.add("level bands leave a gap: no band covers " + totals(next, band.minTotal() - 1));
            } else if (band.minTotal() < next) {
                problems.add("level bands overlap: more than one band covers "
                        + totals(band.minTotal(), Math.min(next - 1, band.maxTotal())));
            }
            if (previous != null && !previous.level().isWorseThan(band.level())) {
                problems.add("level band " + describe(band) + " must be a better level than " + describe(previous)
                        + " below it");
            }
            next = Math.max(next, band.maxTotal() + 1);
            previous = band;
        }
        if (next <= maxTotal) {
            problems.add("level bands leave a gap: no band covers " + totals(next, maxTotal));
        } else if (next > maxTotal + 1) {
            problems.add("level bands reach total " + (next - 1) + ", beyond maxTotal " + maxTotal);
        }
        return problems;
    }

    private static String describe(LevelBand band) {
        return band.level() + " " + range(band.minTotal(), band.maxTotal());
    }

    private static String totals(int from, int to) {
        return (from == to ? "total " : "totals ") + range(from, to);
    }

    private static String range(int from, int to) {
        return from == to ? String.valueOf(from) : from + "–" + to;
    }
}
