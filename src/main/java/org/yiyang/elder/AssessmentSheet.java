package org.yiyang.elder;

import java.util.List;
import java.util.Optional;

/**
 * An assessment standard's form in one language (texts from the standard's definition file, Chinese where
 * the file has no text in the language): dimensions (一级指标), items (二级指标) and each option with the
 * description the assessor picks by.
 */
public record AssessmentSheet(String code, String version, String title, int maxTotal,
                              int reassessmentIntervalMonths, List<Dimension> dimensions,
                              List<String> riskEventKinds) {

    public AssessmentSheet {
        dimensions = List.copyOf(dimensions);
        riskEventKinds = List.copyOf(riskEventKinds);
    }

    public record Dimension(String code, String name, int maxScore, List<Item> items) {
        public Dimension {
            items = List.copyOf(items);
        }
    }

    public record Item(String code, String name, int maxScore, List<Option> options) {
        public Item {
            options = List.copyOf(options);
        }

        public Optional<Option> option(Integer score) {
            return options.stream().filter(o -> score != null && o.score() == score).findFirst();
        }
    }

    public record Option(int score, String description) {
    }

    public List<Item> items() {
        return dimensions.stream().flatMap(d -> d.items().stream()).toList();
    }

    public Optional<Item> item(String itemCode) {
        return items().stream().filter(i -> i.code().equals(itemCode)).findFirst();
    }

    /** "B1.1 进食" for an item code; the code alone if the standard has no such item. */
    public String itemLabel(String itemCode) {
        return item(itemCode).map(i -> i.code() + " " + i.name()).orElse(itemCode);
    }
}
