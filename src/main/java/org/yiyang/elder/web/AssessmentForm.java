package org.yiyang.elder.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.util.MultiValueMap;
import org.yiyang.elder.Assessment;
import org.yiyang.elder.AssessmentDraft;
import org.yiyang.elder.AssessmentProblem;
import org.yiyang.elder.AssessmentReason;
import org.yiyang.elder.HealthRecord;
import org.yiyang.elder.PressureInjury;
import org.yiyang.elder.RiskEventReport;

/**
 * The assessment form exactly as sent: every field is text, so nothing typed is lost when something is
 * wrong. The items are named {@code item-<code>} (e.g. {@code item-B1.1}) with the chosen option's score;
 * the yes/no health facts by their {@link HealthRecord#FLAGS} names; risk events as parallel
 * {@code riskKind} / {@code riskDate} lists, blank rows ignored. Public only because the templates' expression
 * language calls it.
 */
public record AssessmentForm(String version, String reason, String assessedOn, String place, String assessor1,
                      String assessor2, Map<String, String> items, Set<String> flags, String pressureInjury,
                      String bmi, String diagnoses, List<RiskRow> riskEvents) {

    static final String ITEM_PREFIX = "item-";
    private static final int BLANK_RISK_ROWS = 2;

    public record RiskRow(String kind, String date) {
        boolean blank() {
            return (kind == null || kind.isBlank()) && (date == null || date.isBlank());
        }
    }

    static AssessmentForm from(MultiValueMap<String, String> params) {
        Map<String, String> items = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.startsWith(ITEM_PREFIX) && !values.isEmpty() && !values.get(0).isBlank()) {
                items.put(name.substring(ITEM_PREFIX.length()), values.get(0));
            }
        });
        Set<String> flags = new HashSet<>();
        HealthRecord.FLAGS.stream().filter(f -> "true".equals(params.getFirst(f))).forEach(flags::add);
        List<String> kinds = params.getOrDefault("riskKind", List.of());
        List<String> dates = params.getOrDefault("riskDate", List.of());
        List<RiskRow> risks = new ArrayList<>();
        for (int i = 0; i < Math.max(kinds.size(), dates.size()); i++) {
            RiskRow row = new RiskRow(i < kinds.size() ? kinds.get(i) : "", i < dates.size() ? dates.get(i) : "");
            if (!row.blank()) {
                risks.add(row);
            }
        }
        return new AssessmentForm(text(params, "version"), text(params, "reason"), text(params, "assessedOn"),
                text(params, "place"), text(params, "assessor1"), text(params, "assessor2"), items, flags,
                text(params, "pressureInjury"), text(params, "bmi"), text(params, "diagnoses"), risks);
    }

    static AssessmentForm of(Assessment a) {
        Map<String, String> items = new LinkedHashMap<>();
        a.answers().forEach((code, score) -> items.put(code, String.valueOf(score)));
        Set<String> flags = new HashSet<>();
        a.health().flags().forEach((name, on) -> {
            if (on) {
                flags.add(name);
            }
        });
        return new AssessmentForm(String.valueOf(a.version()), a.reason().name(),
                a.assessedOn() == null ? "" : a.assessedOn().toString(), nullToBlank(a.place()),
                nullToBlank(a.assessor1()), nullToBlank(a.assessor2()), items, flags,
                a.health().pressureInjury().name(), a.health().bmi() == null ? "" : a.health().bmi().toPlainString(),
                a.health().diagnoses(),
                a.riskEvents().stream().map(e -> new RiskRow(e.kind(), e.occurredOn().toString())).toList());
    }

    /** The same form dated {@code today} when no date is entered yet: most assessments are entered on the day. */
    AssessmentForm datedIfBlank(LocalDate today) {
        return !assessedOn.isBlank() ? this : new AssessmentForm(version, reason, today.toString(), place, assessor1,
                assessor2, items, flags, pressureInjury, bmi, diagnoses, riskEvents);
    }

    /** @throws AssessmentProblem naming the field whose text is not a date, a number or an option */
    AssessmentDraft toDraft() {
        Map<String, Integer> answers = new LinkedHashMap<>();
        items.forEach((code, score) -> answers.put(code, number(score, "items")));
        HealthRecord health = new HealthRecord(flag("coma"), injury(), flag("limitedJointMobility"), flag("wounds"),
                flag("feedingTube"), flag("urinaryCatheter"), flag("stoma"), flag("pain"), flag("dentures"),
                flag("dysphagia"), flag("airwayClearance"), bmiValue(), diagnoses);
        List<RiskEventReport> risks = riskEvents.stream()
                .map(r -> new RiskEventReport(r.kind(), date(r.date(), "riskEvents"))).toList();
        return new AssessmentDraft(reasonValue(), date(assessedOn, "assessedOn"), place, assessor1, assessor2,
                answers, health, risks, version.isBlank() ? 0 : number(version, "version"));
    }

    /** The chosen score of an item as text, "" when not answered. */
    public String score(String itemCode) {
        return items.getOrDefault(itemCode, "");
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** The risk events entered plus a few blank rows to add more without script. */
    public List<RiskRow> riskRows() {
        List<RiskRow> rows = new ArrayList<>(riskEvents);
        for (int i = 0; i < BLANK_RISK_ROWS; i++) {
            rows.add(new RiskRow("", ""));
        }
        return rows;
    }

    private AssessmentReason reasonValue() {
        if (reason.isBlank()) {
            return null;
        }
        try {
            return AssessmentReason.valueOf(reason);
        } catch (IllegalArgumentException e) {
            throw AssessmentProblem.of("reason", "typeMismatch");
        }
    }

    private PressureInjury injury() {
        try {
            return pressureInjury.isBlank() ? PressureInjury.NONE : PressureInjury.valueOf(pressureInjury);
        } catch (IllegalArgumentException e) {
            throw AssessmentProblem.of("pressureInjury", "typeMismatch");
        }
    }

    private BigDecimal bmiValue() {
        if (bmi.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(bmi.strip()).setScale(1, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw AssessmentProblem.of("bmi", "typeMismatch");
        }
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw AssessmentProblem.of(field, "typeMismatch");
        }
    }

    private static int number(String text, String field) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw AssessmentProblem.of(field, "typeMismatch");
        }
    }

    private static String text(MultiValueMap<String, String> params, String name) {
        return nullToBlank(params.getFirst(name));
    }

    private static String nullToBlank(String text) {
        return text == null ? "" : text;
    }
}
