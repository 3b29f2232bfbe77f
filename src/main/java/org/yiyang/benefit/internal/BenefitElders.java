package org.yiyang.benefit.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.shared.DivisionCode;

/** One elder at a time (a wallet holder, an elder to re-evaluate or to check access to), read through the elder module's published view {@code elder_benefit_fact}. */
@Component
class BenefitElders {

    /** The elder's name, the division they live in (a village for most) and whether they are living there (ACTIVE). */
    record Holder(long elderId, String name, DivisionCode division, boolean active) {
    }

    private final JdbcClient jdbc;

    BenefitElders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Holder> find(long elderId) {
        return jdbc.sql("SELECT elder_id, name, division_code, status FROM elder_benefit_fact WHERE elder_id = :id")
                .param("id", elderId)
                .query((rs, n) -> new Holder(rs.getLong(1), rs.getString(2), DivisionCode.of(rs.getString(3)),
                        "ACTIVE".equals(rs.getString(4))))
                .optional();
    }
}
