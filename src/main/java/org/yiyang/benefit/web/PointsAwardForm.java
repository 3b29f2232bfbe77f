package org.yiyang.benefit.web;

import java.util.UUID;

import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.PointsAward;
import org.yiyang.benefit.PointsReason;

/** The points award form as typed; {@code idempotencyKey} is issued with the form so a double submit awards once. */
record PointsAwardForm(String programmeId, String elderId, String points, String reason, String note,
                       String idempotencyKey) {

    static PointsAwardForm fresh(Long programmeId, Long elderId) {
        return new PointsAwardForm(programmeId == null ? "" : programmeId.toString(),
                elderId == null ? "" : elderId.toString(), "", PointsReason.VOLUNTEERING.name(), "",
                UUID.randomUUID().toString());
    }

    PointsAward toAward() {
        return new PointsAward(number(elderId, "elderId", "wallet.error.elderNotFound"),
                number(programmeId, "programmeId", "wallet.error.pointsProgramme"),
                number(points, "points", "wallet.error.pointsNumber"), parsedReason(), note == null || note.isBlank() ? null : note.strip());
    }

    private PointsReason parsedReason() {
        try {
            return reason == null || reason.isBlank() ? null : PointsReason.valueOf(reason);
        } catch (IllegalArgumentException unknown) {
            throw BenefitProblem.of("reason", "wallet.error.reason");
        }
    }

    private static long number(String text, String field, String messageKey) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException notANumber) {
            throw BenefitProblem.of(field, messageKey);
        }
    }
}
