package org.yiyang.elder.internal;

import java.time.LocalDate;
import java.util.Set;

import org.yiyang.elder.LivingSituation;
import org.yiyang.elder.SpecialCategory;
import org.yiyang.shared.IdNumber;
import org.yiyang.shared.PhoneNumber;

/** A validated, normalised elder record ready to be written (still in clear; the writer seals it). */
record ElderRecord(String name, IdNumber idNumber, PhoneNumber phone, String address, String divisionCode,
                   String householdDivisionCode, LivingSituation livingSituation, boolean emptyNest,
                   boolean leftBehind, Set<SpecialCategory> categories, Integer disabilityGrade,
                   String chronicConditions) {

    LocalDate birthDate() {
        return idNumber.birthDate();
    }
}
