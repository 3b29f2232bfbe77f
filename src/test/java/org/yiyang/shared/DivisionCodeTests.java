package org.yiyang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the code arithmetic against every division Flyway loads (src/main/resources/region/). */
class DivisionCodeTests {

    private static final String CSV = "/region/divisions-150000.csv";

    record Row(int line, String code, String name, int level, String parentCode) {
    }

    private static List<Row> rows;

    @BeforeAll
    static void readDivisions() throws IOException {
        rows = new ArrayList<>();
        try (InputStream in = DivisionCodeTests.class.getResourceAsStream(CSV);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            assertThat(reader.readLine()).isEqualTo("code,name,level,parent_code");
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                String[] f = line.split(",", -1);
                assertThat(f).as("line %d: %s", number, line).hasSize(4);
                rows.add(new Row(number, f[0], f[1], Integer.parseInt(f[2]), f[3].isEmpty() ? null : f[3]));
            }
        }
    }

    @Test
    void theFileHoldsEveryDivisionOfInnerMongoliaOnce() {
        assertThat(rows).hasSize(15_938);
        assertThat(rows).extracting(Row::code).doesNotHaveDuplicates();
    }

    @Test
    void everyCodeIsWellFormed() {
        assertThat(rows).allSatisfy(r ->
                assertThat(DivisionCode.parse(r.code())).as("line %d", r.line()).isPresent());
    }

    @Test
    void theDerivedLevelOfEveryCodeIsTheLevelInTheFile() {
        List<String> wrong = rows.stream()
                .filter(r -> DivisionCode.of(r.code()).level() != r.level())
                .map(r -> r.line() + ": " + r.code() + " level " + r.level()
                        + " but derived " + DivisionCode.of(r.code()).level())
                .toList();

        assertThat(wrong).isEmpty();
    }

    @Test
    void onlyTheRegionItselfHasNoParent() {
        assertThat(rows).filteredOn(r -> r.parentCode() == null)
                .extracting(Row::code)
                .containsExactly(DivisionCode.INNER_MONGOLIA.value());
    }

    @Test
    void everyParentIsListedOneLevelUpAndContainsItsChild() {
        Map<String, Row> byCode = rows.stream().collect(Collectors.toMap(Row::code, Function.identity()));
        List<String> wrong = new ArrayList<>();
        for (Row child : rows) {
            if (child.parentCode() == null) {
                continue;
            }
            Row parent = byCode.get(child.parentCode());
            DivisionCode parentCode = DivisionCode.of(child.parentCode());
            DivisionCode childCode = DivisionCode.of(child.code());
            if (parent == null) {
                wrong.add(child.line() + ": parent " + child.parentCode() + " is not in the file");
            } else if (parent.level() != child.level() - 1 || parentCode.level() != childCode.level() - 1) {
                wrong.add(child.line() + ": parent " + child.parentCode() + " is not one level above " + child.code());
            }
            if (!parentCode.contains(childCode)) {
                wrong.add(child.line() + ": " + child.parentCode() + " does not contain " + child.code());
            }
            if (childCode.contains(parentCode)) {
                wrong.add(child.line() + ": " + child.code() + " contains its parent " + child.parentCode());
            }
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void innerMongoliaHasTwelveLeaguesAndCities() {
        assertThat(rows).filteredOn(r -> r.level() == 2).hasSize(12);
        assertThat(rows).filteredOn(r -> DivisionCode.of(r.code()).level() == 2).hasSize(12);
    }

    @Test
    void theRegionContainsEveryDivision() {
        assertThat(rows).allSatisfy(r ->
                assertThat(DivisionCode.INNER_MONGOLIA.contains(DivisionCode.of(r.code()))).isTrue());
    }
}
