package org.yiyang.elder.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.yiyang.elder.ElderDetails;
import org.yiyang.elder.ElderDraft;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.LivingSituation;
import org.yiyang.elder.SpecialCategory;

/**
 * The register/edit form exactly as typed: every field is text, so binding never fails and nothing typed
 * is lost; {@link #toDraft()} converts and names the field that is wrong. On edit, empty personal fields
 * keep their stored values.
 */
record ElderForm(String name, String idNumber, String phone, String address, String divisionCode,
                 String householdDivisionCode, String livingSituation, String emptyNest, String leftBehind,
                 List<String> categories, String disabilityGrade, String chronicConditions) {

    static ElderForm empty(String divisionCode) {
        return new ElderForm("", "", "", "", divisionCode, "", "", null, null, List.of(), "", "");
    }

    static ElderForm of(ElderDetails d) {
        var s = d.summary();
        return new ElderForm(s.name(), "", "", "", s.divisionCode(), d.householdDivisionCode(),
                s.livingSituation().name(), Boolean.toString(d.emptyNest()), Boolean.toString(d.leftBehind()),
                s.categories().stream().map(Enum::name).toList(),
                d.disabilityGrade() == null ? "" : d.disabilityGrade().toString(),
                d.chronicConditions() == null ? "" : d.chronicConditions());
    }

    ElderDraft toDraft() {
        return new ElderDraft(name, idNumber, phone, address, divisionCode, householdDivisionCode, living(),
                "true".equals(emptyNest), "true".equals(leftBehind), categorySet(), grade(), chronicConditions);
    }

    private LivingSituation living() {
        if (livingSituation == null || livingSituation.isBlank()) {
            return null;
        }
        try {
            return LivingSituation.valueOf(livingSituation);
        } catch (IllegalArgumentException e) {
            throw new ElderProblem("livingSituation", "typeMismatch");
        }
    }

    private Set<SpecialCategory> categorySet() {
        Set<SpecialCategory> set = EnumSet.noneOf(SpecialCategory.class);
        for (String c : categories == null ? List.<String>of() : categories) {
            try {
                set.add(SpecialCategory.valueOf(c));
            } catch (IllegalArgumentException e) {
                throw new ElderProblem("categories", "typeMismatch");
            }
        }
        return set;
    }

    private Integer grade() {
        if (disabilityGrade == null || disabilityGrade.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(disabilityGrade.strip());
        } catch (NumberFormatException e) {
            throw new ElderProblem("disabilityGrade", "typeMismatch");
        }
    }
}
