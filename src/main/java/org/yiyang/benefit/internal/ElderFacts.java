package org.yiyang.benefit.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/**
 * What a rule may test about one elder, read from the elder module's view {@code elder_benefit_fact} and
 * {@code elder_benefit_category}, with the programmes the elder is ACTIVE in. Nullable as in the view:
 * {@code disabilityGrade}, {@code capabilityLevel} (never assessed) and {@code statusDate}.
 */
record ElderFacts(long elderId, String name, LocalDate birthDate, String sex, String divisionCode,
                  String householdDivisionCode, String livingSituation, boolean emptyNest, boolean leftBehind,
                  Integer disabilityGrade, String status, LocalDate statusDate, String capabilityLevel,
                  Set<String> categories, Set<Long> activeProgrammes) {

    ElderFacts {
        categories = Set.copyOf(categories);
        activeProgrammes = Set.copyOf(activeProgrammes);
    }

    /** Full years on {@code day} (周岁). */
    int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }
}
