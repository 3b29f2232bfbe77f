package org.yiyang.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.yiyang.shared.DivisionCode;

class DivisionScopeTests {

    private static final DivisionCode HOHHOT = DivisionCode.of("150100000000");
    private static final DivisionCode XINCHENG = DivisionCode.of("150102000000");
    private static final DivisionCode BAOTOU = DivisionCode.of("150200000000");
    private static final DivisionCode ULANHOT = DivisionCode.of("152201000000");
    private static final DivisionCode XINCHENG_STREET = DivisionCode.of("150102001000");

    private static SingleConnectionDataSource dataSource;
    private static JdbcClient jdbc;

    @BeforeAll
    static void createPeople() {
        dataSource = new SingleConnectionDataSource(
                "jdbc:h2:mem:division-scope;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "", true);
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TABLE person (name VARCHAR(20), division_code CHAR(12))").update();
        for (String[] row : new String[][] {
                {"region", "150000000000"}, {"hohhot", "150100000000"}, {"xincheng", "150102000000"},
                {"street", "150102001000"}, {"village", "150102001001"}, {"huimin", "150103000000"},
                {"baotou", "150200000000"}, {"ulanhot", "152201000000"}, {"beijing", "110101000000"},
                {"last", "150199999999"}, {"after", "150200000001"}}) {
            jdbc.sql("INSERT INTO person VALUES (?, ?)").params(row[0], row[1]).update();
        }
    }

    @AfterAll
    static void dropPeople() {
        dataSource.destroy();
    }

    @Test
    void writesARangeConditionOnTheGivenColumn() {
        assertThat(DivisionScope.of(HOHHOT).where("e.division_code"))
                .isEqualTo("e.division_code BETWEEN :scopeFrom AND :scopeTo");
    }

    @Test
    void aQueryScopedToALeagueSeesExactlyThatLeague() {
        assertThat(namesWithin(DivisionScope.of(HOHHOT)))
                .containsExactlyInAnyOrder("hohhot", "xincheng", "street", "village", "huimin", "last");
    }

    @Test
    void aQueryScopedToATownshipSeesItsVillagesOnly() {
        assertThat(namesWithin(DivisionScope.of(XINCHENG_STREET))).containsExactlyInAnyOrder("street", "village");
    }

    @Test
    void aQueryScopedToTheWholeRegionSeesNothingOutsideIt() {
        assertThat(namesWithin(DivisionScope.everything())).doesNotContain("beijing").hasSize(10);
    }

    @Test
    void theQueryAndContainsAgreeOnEveryRow() {
        for (DivisionScope scope : List.of(DivisionScope.everything(), DivisionScope.of(HOHHOT),
                DivisionScope.of(XINCHENG), DivisionScope.of(XINCHENG_STREET), DivisionScope.of(ULANHOT))) {
            List<String> byQuery = jdbc.sql("SELECT division_code FROM person WHERE "
                            + scope.where("division_code") + " ORDER BY 1")
                    .param(DivisionScope.FROM_PARAM, scope.root().subtreeFrom())
                    .param(DivisionScope.TO_PARAM, scope.root().subtreeTo())
                    .query(String.class).list();
            List<String> byContains = jdbc.sql("SELECT division_code FROM person ORDER BY 1")
                    .query(String.class).stream()
                    .filter(code -> scope.contains(DivisionCode.of(code)))
                    .toList();

            assertThat(byQuery).as("scope %s", scope.root()).isEqualTo(byContains);
        }
    }

    @Test
    void containsTheRootAndEverythingBelowIt() {
        DivisionScope scope = DivisionScope.of(HOHHOT);

        assertThat(scope.contains(HOHHOT)).isTrue();
        assertThat(scope.contains(XINCHENG)).isTrue();
        assertThat(scope.contains(XINCHENG_STREET)).isTrue();
        assertThat(scope.contains(BAOTOU)).isFalse();
        assertThat(scope.contains(DivisionCode.INNER_MONGOLIA)).isFalse();
    }

    @Test
    void theWholeRegionContainsEveryLeague() {
        assertThat(DivisionScope.everything().root()).isEqualTo(DivisionCode.INNER_MONGOLIA);
        assertThat(DivisionScope.everything().contains(ULANHOT)).isTrue();
        assertThat(DivisionScope.everything().contains(DivisionCode.of("110101000000"))).isFalse();
    }

    @Test
    void narrowingToADivisionBelowTheScopeGivesThatDivision() {
        assertThat(DivisionScope.of(HOHHOT).narrowTo(XINCHENG)).contains(DivisionScope.of(XINCHENG));
        assertThat(DivisionScope.everything().narrowTo(ULANHOT)).contains(DivisionScope.of(ULANHOT));
    }

    @Test
    void narrowingToTheScopeItselfOrAboveItKeepsTheScope() {
        assertThat(DivisionScope.of(XINCHENG).narrowTo(XINCHENG)).contains(DivisionScope.of(XINCHENG));
        assertThat(DivisionScope.of(XINCHENG).narrowTo(HOHHOT)).contains(DivisionScope.of(XINCHENG));
        assertThat(DivisionScope.of(XINCHENG).narrowTo(DivisionCode.INNER_MONGOLIA))
                .contains(DivisionScope.of(XINCHENG));
    }

    @Test
    void narrowingToAnUnrelatedDivisionGivesNothing() {
        assertThat(DivisionScope.of(HOHHOT).narrowTo(BAOTOU)).isEmpty();
        assertThat(DivisionScope.of(XINCHENG).narrowTo(ULANHOT)).isEmpty();
    }

    private static List<String> namesWithin(DivisionScope scope) {
        JdbcClient.StatementSpec spec = jdbc.sql(
                "SELECT name FROM person p WHERE " + scope.where("p.division_code") + " ORDER BY name");
        return scope.bind(spec).query(String.class).list();
    }
}
