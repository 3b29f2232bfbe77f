package org.yiyang.elder.internal;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.yiyang.elder.ElderDraft;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.SpecialCategory;
import org.yiyang.identity.Viewer;
import org.yiyang.region.Division;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionNotFound;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.IdNumber;
import org.yiyang.shared.InvalidIdNumber;
import org.yiyang.shared.InvalidPhoneNumber;
import org.yiyang.shared.PhoneNumber;

/** Turns what a person typed into an {@link ElderRecord}, or names the first field that is wrong and why. */
@Component
class ElderValidator {

    static final int MIN_AGE = 60;
    private static final String INNER_MONGOLIA_PREFIX = "15";

    private final DivisionDirectory divisions;

    ElderValidator(DivisionDirectory divisions) {
        this.divisions = divisions;
    }

    ElderRecord validate(Viewer viewer, ElderDraft d, LocalDate today) {
        String name = required("name", d.name());
        if (name.length() > 50) {
            throw new ElderProblem("name", "elder.error.nameTooLong");
        }
        IdNumber idNumber = idNumber(d.idNumber(), today);
        if (idNumber.ageOn(today) < MIN_AGE) {
            throw new ElderProblem("idNumber", "elder.error.under60");
        }
        PhoneNumber phone = phone(d.phone());
        Division residence = division("divisionCode", required("divisionCode", d.divisionCode()));
        if (residence.level() != 5) {
            throw new ElderProblem("divisionCode", "elder.error.residenceNotVillage");
        }
        viewer.requireWithin(residence.divisionCode());
        String household = household(d.householdDivisionCode(), residence.code());
        if (d.livingSituation() == null) {
            throw new ElderProblem("livingSituation", "elder.error.required");
        }
        Integer grade = d.disabilityGrade();
        boolean disabled = d.categories().contains(SpecialCategory.DISABLED);
        if (disabled && (grade == null || grade < 1 || grade > 4)) {
            throw new ElderProblem("disabilityGrade", "elder.error.disabilityGrade");
        }
        String address = blankToNull(d.address());
        if (address != null && address.length() > 200) {
            throw new ElderProblem("address", "elder.error.addressTooLong");
        }
        String chronic = blankToNull(d.chronicConditions());
        if (chronic != null && chronic.length() > 500) {
            throw new ElderProblem("chronicConditions", "elder.error.tooLong");
        }
        return new ElderRecord(name, idNumber, phone, address, residence.code(), household, d.livingSituation(),
                d.emptyNest(), d.leftBehind(), d.categories(), disabled ? grade : null, chronic);
    }

    private IdNumber idNumber(String text, LocalDate today) {
        try {
            return IdNumber.parse(text, today);
        } catch (InvalidIdNumber e) {
            throw new ElderProblem("idNumber", e.messageKey());
        }
    }

    private static PhoneNumber phone(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PhoneNumber.parse(text);
        } catch (InvalidPhoneNumber e) {
            throw new ElderProblem("phone", e.messageKey());
        }
    }

    /** The household may be registered outside Inner Mongolia (migrants); inside it must be a known division. */
    private String household(String text, String residence) {
        if (text == null || text.isBlank()) {
            return residence;
        }
        DivisionCode code = DivisionCode.parse(text)
                .orElseThrow(() -> new ElderProblem("householdDivisionCode", "elder.error.unknownDivision"));
        if (code.value().startsWith(INNER_MONGOLIA_PREFIX)) {
            return division("householdDivisionCode", code.value()).code();
        }
        return code.value();
    }

    private Division division(String field, String code) {
        try {
            return divisions.require(code.strip());
        } catch (DivisionNotFound e) {
            throw new ElderProblem(field, "elder.error.unknownDivision");
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ElderProblem(field, "elder.error.required");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
