package org.yiyang.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.IntegrationTest;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.DivisionCode;

@IntegrationTest
class DivisionLoadTests {

    @Autowired
    DivisionDirectory divisions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsAllDivisionsOfInnerMongoliaOnFirstStart() {
        assertThat(divisions.count()).isEqualTo(15_938);
    }

    @Test
    void scopesASqlQueryToExactlyTheSubtreeOfADivision() throws IOException {
        List<String> lines = new ClassPathResource(LoadDivisionsMigration.RESOURCE)
                .getContentAsString(StandardCharsets.UTF_8).lines().skip(1).toList();
        for (String league : List.of("152200000000", "150700000000", "152221000000", "152221100000")) {
            DivisionCode root = DivisionCode.of(league);
            long expected = lines.stream().map(l -> DivisionCode.of(l.substring(0, 12))).filter(root::contains).count();
            DivisionScope scope = DivisionScope.of(root);
            long counted = scope.bind(jdbc.sql("SELECT COUNT(*) FROM region_division WHERE " + scope.where("code")))
                    .query(Long.class).single();
            assertThat(counted).as("divisions in %s", league).isEqualTo(expected).isPositive();
        }
    }

    @Test
    void givesThePathFromTheRegionDownToAVillage() {
        var village = divisions.children(DivisionCode.of("152221100000")).get(0);
        var path = divisions.path(village.divisionCode());
        assertThat(path).extracting(d -> d.level()).containsExactly(1, 2, 3, 4, 5);
        assertThat(path.get(2).name()).isEqualTo("科尔沁右翼前旗");
    }

    @Test
    void listsAllVillagesOfALeagueAndNothingOutsideIt() {
        var villages = divisions.descendants(DivisionCode.of("152200000000"), 5);
        assertThat(villages).isNotEmpty().allMatch(d -> d.code().startsWith("1522") && d.level() == 5);
        assertThat(divisions.descendants(DivisionCode.INNER_MONGOLIA, 2)).hasSize(12);
    }
}
