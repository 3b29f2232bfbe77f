package org.yiyang.benefit.web;

import java.util.regex.Pattern;

import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.EnrolmentMode;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeDraft;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;

/**
 * A programme as a regulator types it; the budget in yuan. A blank payout takes the kind's usual one. The version is
 * the one the form was drawn from, so that a change made by someone else meanwhile is noticed.
 */
record ProgrammeForm(String code, String kind, String name, String division, String fundingSource, String budget,
                     String payout, String enrolmentMode, Integer version) {

    /** Yuan as people write them: digits, at most two decimals; no sign, exponent or currency sign. */
    private static final Pattern YUAN = Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,2})?");

    static ProgrammeForm empty(DivisionCode division) {
        return new ProgrammeForm("", "", "", division.value(), "", "", "", EnrolmentMode.AUTOMATIC.name(), null);
    }

    static ProgrammeForm of(Programme p) {
        return new ProgrammeForm(p.code(), p.kind().name(), p.name(), p.division().value(), p.fundingSource(),
                p.budget().toYuan(), p.payout().name(), p.enrolmentMode().name(), p.version());
    }

    ProgrammeDraft toDraft() {
        ProgrammeKind programmeKind = parse(() -> ProgrammeKind.valueOf(kind), "kind", "benefit.programme.error.kind");
        DivisionCode divisionCode = DivisionCode.parse(division)
                .orElseThrow(() -> BenefitProblem.of("division", "benefit.error.divisionUnknown"));
        return new ProgrammeDraft(code == null ? null : code.strip(), programmeKind, name, divisionCode, fundingSource,
                money(), payout(programmeKind), mode());
    }

    /** The fields a revision changes, for a programme of {@code current}'s kind. */
    ProgrammeDraft toRevision(ProgrammeKind current) {
        return new ProgrammeDraft(null, current, name, null, fundingSource, money(), payout(current), mode());
    }

    private Money money() {
        if (budget == null || !YUAN.matcher(budget.strip()).matches()) {
            throw BenefitProblem.of("budget", "benefit.programme.error.budget");
        }
        return Money.parseYuan(budget);
    }

    private Payout payout(ProgrammeKind programmeKind) {
        if (payout == null || payout.isBlank()) {
            return programmeKind.usualPayout();
        }
        return parse(() -> Payout.valueOf(payout), "payout", "benefit.programme.error.payout");
    }

    private EnrolmentMode mode() {
        return parse(() -> EnrolmentMode.valueOf(enrolmentMode), "enrolmentMode", "benefit.programme.error.mode");
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(Parse<T> parse, String field, String key) {
        try {
            return parse.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw BenefitProblem.of(field, key);
        }
    }
}
