package org.yiyang.elder.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.yiyang.elder.CapabilityLevel;

/**
 * One capability-assessment standard (评估标准) as its definition file states it: dimensions (一级指标)
 * with their items (二级指标) and options, the level bands and the level-change rules. A new version or
 * a local variant of a standard is a new file, not new code.
 *
 * @param code                       e.g. {@code "GB/T 42195-2022"}; stored on every assessment
 * @param version                    tells editions and local variants of one code apart
 * @param maxTotal                   the declared highest total score
 * @param reassessmentIntervalMonths months until a routine reassessment (常规评估) is due
 */
record AssessmentStandard(String code, String version, Wording title, int maxTotal,
                          List<Dimension> dimensions, List<LevelBand> levelBands,
                          LevelChangeRules levelChangeRules, int reassessmentIntervalMonths) {

    AssessmentStandard {
        dimensions = listOf("dimensions", dimensions);
        levelBands = listOf("levelBands", levelBands);
    }

    /** An unmodifiable copy; a null entry gets a message naming the list rather than a bare NullPointerException. */
    static <T> List<T> listOf(String name, List<T> values) {
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(name + " has a null entry");
        }
        return List.copyOf(values);
    }

    /** Every item of every dimension, in the order of the definition. */
    Stream<Item> items() {
        return dimensions.stream().flatMap(d -> d.items().stream());
    }

    Optional<Item> item(String itemCode) {
        return items().filter(i -> i.code().equals(itemCode)).findFirst();
    }

    /** The level of the band {@code total} falls in. */
    CapabilityLevel levelFor(int total) {
        return levelBands.stream()
                .filter(band -> band.contains(total))
                .findFirst()
                .map(LevelBand::level)
                .orElseThrow(() -> new IllegalArgumentException(
                        "Total " + total + " is outside every level band of " + this));
    }

    @Override
    public String toString() {
        return code + " (" + version + ")";
    }

    /** A dimension (一级指标) with its declared maximum. */
    record Dimension(String code, Wording name, int maxScore, List<Item> items) {

        Dimension {
            items = listOf("items", items);
        }
    }

    /** An item (二级指标); the assessor picks one option by its description. */
    record Item(String code, Wording name, List<Option> options) {

        Item {
            options = listOf("options", options);
        }

        int maxScore() {
            return options.stream().mapToInt(Option::score).max().orElse(0);
        }

        boolean allows(int score) {
            return options.stream().anyMatch(o -> o.score() == score);
        }

        List<Integer> scores() {
            return options.stream().map(Option::score).toList();
        }
    }

    record Option(int score, Wording description) {
    }

    /** Totals from {@code minTotal} to {@code maxTotal}, both included, give {@code level}. */
    record LevelBand(int minTotal, int maxTotal, CapabilityLevel level) {

        boolean contains(int total) {
            return total >= minTotal && total <= maxTotal;
        }
    }
}
