package org.yiyang.hotline.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.DivisionCode;

/**
 * Care-call schedules (巡访关爱计划): each weekday that a division's elders living alone and/or left behind are
 * called, and by which operator. Kept by operators and regulators for their own division.
 */
@Service
@Transactional
public class CareSchedules {

    private final CallStore store;
    private final AccountDirectory accounts;
    private final Clock clock;

    CareSchedules(CallStore store, AccountDirectory accounts, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.clock = clock;
    }

    public record Schedule(long id, String divisionCode, DayOfWeek weekday, CareTarget target, String operatorName,
                           boolean active) {
    }


    public long create(Viewer viewer, String division, DayOfWeek weekday, CareTarget target, String operatorUsername) {
        DivisionCode code = DivisionCode.parse(division)
                .orElseThrow(() -> HotlineProblem.badInput("division", "hotline.schedule.divisionInvalid"));
        if (!viewer.mayView(code)) {
            throw HotlineProblem.badInput("division", "hotline.schedule.divisionOutside");
        }
        if (weekday == null) {
            throw HotlineProblem.badInput("weekday", "hotline.error.required");
        }
        if (target == null) {
            throw HotlineProblem.badInput("target", "hotline.error.required");
        }
        var operator = accounts.findByUsername(operatorUsername == null ? "" : operatorUsername.strip())
                .filter(a -> a.enabled() && a.role() == Role.OPERATOR && viewer.mayView(a.division()))
                .orElseThrow(() -> HotlineProblem.badInput("operator", "hotline.schedule.operatorUnknown"));
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        store.sql("""
                INSERT INTO hotline_care_schedule (division_code, division_prefix, weekday, target, operator_account_id,
                    operator_name, active, created_by, created_at)
                VALUES (:division, :prefix, :weekday, :target, :operator, :operatorName, TRUE, :by, :at)""")
                .param("division", code.value()).param("prefix", code.prefix()).param("weekday", weekday.getValue())
                .param("target", target.name()).param("operator", operator.id())
                .param("operatorName", operator.displayName()).param("by", viewer.username())
                .param("at", CallStore.ts(clock.instant()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Stops a schedule; calls already on a list stay. */
    public void deactivate(Viewer viewer, long scheduleId) {
        int changed = viewer.scope().bind(store.sql("UPDATE hotline_care_schedule SET active = FALSE WHERE id = :id AND "
                        + viewer.scope().where("division_code")))
                .param("id", scheduleId).update();
        if (changed == 0) {
            throw HotlineProblem.notFound();
        }
    }

    @Transactional(readOnly = true)
    public ListPage<Schedule> page(Viewer viewer, int page, int size) {
        var scope = viewer.scope();
        List<Schedule> rows = scope.bind(store.sql("SELECT id, division_code, weekday, target, operator_name, active "
                        + "FROM hotline_care_schedule WHERE " + scope.where("division_code")
                        + " ORDER BY active DESC, weekday, id LIMIT :limit OFFSET :offset"))
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new Schedule(rs.getLong("id"), rs.getString("division_code"),
                        DayOfWeek.of(rs.getInt("weekday")), CareTarget.valueOf(rs.getString("target")),
                        rs.getString("operator_name"), rs.getBoolean("active")))
                .list();
        long total = scope.bind(store.sql("SELECT COUNT(*) FROM hotline_care_schedule WHERE "
                + scope.where("division_code"))).query(Long.class).single();
        return new ListPage<>(rows, total, page, size);
    }
}
