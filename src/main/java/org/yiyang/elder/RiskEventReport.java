package org.yiyang.elder;

import java.time.LocalDate;

/**
 * A care-risk event (照护风险事件) reported for an assessment.
 *
 * @param kind one of the kinds the standard's risk-event rule counts, e.g. {@code FALL}; see
 *             {@link AssessmentSheet#riskEventKinds()}
 */
public record RiskEventReport(String kind, LocalDate occurredOn) {

    public String messageKey() {
        return "elder.riskEvent." + kind;
    }
}
