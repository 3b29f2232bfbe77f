package org.yiyang.elder;

import java.util.Set;

/**
 * What a person enters to register or edit an elder. Raw text: the registry validates and normalises it
 * (ID number check character, phone format, divisions that exist) and answers with {@link ElderProblem}.
 */
public record ElderDraft(String name, String idNumber, String phone, String address, String divisionCode,
                         String householdDivisionCode, LivingSituation livingSituation, boolean emptyNest,
                         boolean leftBehind, Set<SpecialCategory> categories, Integer disabilityGrade,
                         String chronicConditions) {

    public ElderDraft {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }
}
