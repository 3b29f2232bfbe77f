package org.yiyang.benefit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.yiyang.benefit.RuleDraft;

/**
 * The rule editor's form. Conditions and age bands are rows; a condition's values are ticked ({@code choices}) or
 * typed, several separated by spaces or commas ({@code text}), depending on its field. Rows are added and removed
 * by posting the whole form back, so nothing typed is ever lost.
 */
record RuleForm(String effectiveFrom, String effectiveTo, List<ConditionInput> conditions, String monthlyYuan,
                List<BandInput> ageBands, String orderPercent, String orderCapYuan, String mealGovernmentYuan,
                String mealCollectiveYuan, String mealDonorYuan, String mealProviderYuan, List<String> coveredItems,
                String fenPerPoint, String note) {

    RuleForm {
        conditions = conditions == null ? List.of() : conditions.stream().filter(Objects::nonNull).toList();
        ageBands = ageBands == null ? List.of() : ageBands.stream().filter(Objects::nonNull).toList();
        coveredItems = coveredItems == null ? List.of() : List.copyOf(coveredItems);
    }

    record ConditionInput(String field, String operator, List<String> choices, String text) {
        ConditionInput {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }

        /** Whether the values are ticked boxes rather than typed text (public: the template asks). */
        public boolean ticked() {
            return ConditionOptions.isChoice(field);
        }

        public List<String> values() {
            return ticked() ? choices : words(text);
        }
    }

    record BandInput(String fromAge, String yuan) {
    }

    static RuleForm of(RuleDraft draft) {
        List<ConditionInput> rows = draft.conditions().stream().map(row -> ConditionOptions.isChoice(row.field())
                ? new ConditionInput(row.field(), row.operator(), row.values(), "")
                : new ConditionInput(row.field(), row.operator(), List.of(), String.join(" ", row.values()))).toList();
        List<BandInput> bands = draft.ageBands().stream().map(b -> new BandInput(b.fromAge(), b.yuan())).toList();
        return new RuleForm(draft.effectiveFrom(), draft.effectiveTo(), rows, draft.monthlyYuan(), bands,
                draft.orderPercent(), draft.orderCapYuan(), draft.mealGovernmentYuan(), draft.mealCollectiveYuan(),
                draft.mealDonorYuan(), draft.mealProviderYuan(), draft.coveredItems(), draft.fenPerPoint(), draft.note());
    }

    RuleDraft toDraft() {
        return new RuleDraft(effectiveFrom, effectiveTo,
                conditions.stream().map(c -> new RuleDraft.Row(c.field(), c.operator(), c.values())).toList(),
                monthlyYuan, ageBands.stream().map(b -> new RuleDraft.Band(b.fromAge(), b.yuan())).toList(),
                orderPercent, orderCapYuan, mealGovernmentYuan, mealCollectiveYuan, mealDonorYuan, mealProviderYuan,
                coveredItems, fenPerPoint, note);
    }

    /**
     * The form after an editing step: {@code addCondition}, {@code removeCondition-2}, {@code addBand},
     * {@code removeBand-0}; anything else (a field chosen) returns it as it is, to be drawn again.
     */
    RuleForm edited(String change) {
        List<ConditionInput> rows = new ArrayList<>(conditions);
        List<BandInput> bands = new ArrayList<>(ageBands);
        String step = change == null ? "" : change;
        if (step.equals("addCondition")) {
            rows.add(new ConditionInput("", "", List.of(), ""));
        } else if (step.equals("addBand")) {
            bands.add(new BandInput("", ""));
        } else if (step.startsWith("removeCondition-")) {
            remove(rows, step.substring("removeCondition-".length()));
        } else if (step.startsWith("removeBand-")) {
            remove(bands, step.substring("removeBand-".length()));
        }
        return new RuleForm(effectiveFrom, effectiveTo, rows, monthlyYuan, bands, orderPercent, orderCapYuan,
                mealGovernmentYuan, mealCollectiveYuan, mealDonorYuan, mealProviderYuan, coveredItems, fenPerPoint, note);
    }

    private static void remove(List<?> rows, String index) {
        try {
            int i = Integer.parseInt(index);
            if (i >= 0 && i < rows.size()) {
                rows.remove(i);
            }
        } catch (NumberFormatException ignored) {
            // not a row: nothing to remove
        }
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.strip().split("[\\s,，、;；]+"));
    }
}
