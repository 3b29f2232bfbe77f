package org.yiyang.benefit.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads one elder's {@link ElderFacts} through the elder module's published views. */
@Component
class ElderFactsReader {

    private final JdbcClient jdbc;

    ElderFactsReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ElderFacts> read(long elderId) {
        var categories = new HashSet<>(jdbc.sql("SELECT category FROM elder_benefit_category WHERE elder_id = :id")
                .param("id", elderId).query(String.class).list());
        var programmes = new HashSet<>(jdbc.sql(
                        "SELECT programme_id FROM benefit_enrolment WHERE elder_id = :id AND status = 'ACTIVE'")
                .param("id", elderId).query(Long.class).list());
        return jdbc.sql("""
                        SELECT f.elder_id, f.name, f.birth_date, f.sex, f.division_code, f.household_division_code,
                               f.living_situation, f.empty_nest, f.left_behind, f.disability_grade, f.status,
                               f.status_date, f.capability_level
                        FROM elder_benefit_fact f WHERE f.elder_id = :id""")
                .param("id", elderId)
                .query((rs, n) -> new ElderFacts(rs.getLong("elder_id"), rs.getString("name"),
                        rs.getObject("birth_date", LocalDate.class), rs.getString("sex"), rs.getString("division_code"),
                        rs.getString("household_division_code"), rs.getString("living_situation"),
                        rs.getBoolean("empty_nest"), rs.getBoolean("left_behind"),
                        rs.getObject("disability_grade", Integer.class), rs.getString("status"),
                        rs.getObject("status_date", LocalDate.class), rs.getString("capability_level"),
                        categories, programmes))
                .optional();
    }
}
