package org.yiyang.elder;

import java.time.LocalDate;
import java.util.Set;

import org.yiyang.shared.Sex;

/** An elder as lists and other modules see them: personal data only in masked form. */
public record ElderSummary(long id, String name, String idNumberMasked, Sex sex, LocalDate birthDate, int age,
                           String divisionCode, String divisionName, LivingSituation livingSituation,
                           ElderStatus status, CapabilityLevel capabilityLevel, Set<SpecialCategory> categories) {

    public AgeBand ageBand() {
        return AgeBand.of(age);
    }
}
