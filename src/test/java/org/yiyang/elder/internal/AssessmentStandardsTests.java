package org.yiyang.elder.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.yiyang.elder.CapabilityLevel;
import org.yiyang.elder.internal.AssessmentStandard.Dimension;
import org.yiyang.elder.internal.AssessmentStandard.Item;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class AssessmentStandardsTests {

    private static final String BUNDLED = "elder/standards/GB-T-42195-2022.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AssessmentStandards standards = new AssessmentStandards(new DefaultResourceLoader());

    @Test
    void theBundledStandardLoadsAndIsValid() throws IOException {
        assertThat(standards.all()).extracting(AssessmentStandard::toString).contains("GB/T 42195-2022 (2022)");
        assertThat(StandardDefinitionValidator.problemsOf(
                StandardDefinitionReader.read(BUNDLED, bundledBytes()))).isEmpty();
    }

    @Test
    void theBundledStandardHasFourDimensionsTwentySixItemsAndNinetyPoints() {
        AssessmentStandard standard = standards.require("GB/T 42195-2022", "2022");

        assertThat(standard.dimensions()).extracting(Dimension::code).containsExactly("B1", "B2", "B3", "B4");
        assertThat(standard.dimensions()).extracting(Dimension::maxScore).containsExactly(32, 15, 28, 15);
        assertThat(standard.items()).hasSize(26);
        assertThat(standard.items().mapToInt(Item::maxScore).sum()).isEqualTo(90);
        assertThat(standard.item("B2.4")).get().extracting(Item::scores).isEqualTo(List.of(3, 2, 1, 0));
        assertThat(standard.item("B3.9").orElseThrow().name().in("zh")).isEqualTo("意识水平");
        assertThat(standard.levelFor(90)).isEqualTo(CapabilityLevel.INTACT);
        assertThat(standard.reassessmentIntervalMonths()).isEqualTo(12);
    }

    @Test
    void everyOptionOfTheBundledStandardIsDescribedInChineseAndEnglish() {
        standards.require("GB/T 42195-2022", "2022").items()
                .flatMap(item -> item.options().stream())
                .forEach(option -> assertThat(option.description().has("zh") && option.description().has("en"))
                        .isTrue());
    }

    @Test
    void findsAStandardByCodeAndVersionOnly() {
        assertThat(standards.find("GB/T 42195-2022", "2022")).isPresent();
        assertThat(standards.find("GB/T 42195-2022", "2099")).isEmpty();
        assertThat(standards.find("MZ/T 039-2013", "2013")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> standards.require("MZ/T 039-2013", "2013"))
                .withMessageContaining("MZ/T 039-2013");
    }

    @Test
    void aNewFileIsAllANewStandardOrLocalVariantNeeds() {
        AssessmentStandards variants = new AssessmentStandards(
                new DefaultResourceLoader(), "classpath*:elder/test-standards/*.json");
        AssessmentStandard tiny = variants.require("TEST 1-2025", "local-1");
        List<RiskEvent> falls = List.of(fallOn("2025-05-01"), fallOn("2025-04-20"), fallOn("2025-03-10"));

        ScoredAssessment result = AssessmentScorer.score(tiny, Map.of("D1.1", 4, "D1.2", 2),
                HealthFacts.diagnosed("F02"), falls, LocalDate.of(2025, 5, 2));

        assertThat(tiny.title().in("mn")).isEqualTo("ᠰᠢᠯᠭᠠᠯᠲᠠ");
        assertThat(result.baseLevel()).isEqualTo(CapabilityLevel.INTACT);
        assertThat(result.finalLevel()).isEqualTo(CapabilityLevel.MODERATE);
        assertThat(result.nextRoutineAssessmentDue()).isEqualTo(LocalDate.of(2025, 11, 2));
    }

    @Test
    void startUpFailsOnABrokenFileNamingTheFileAndTheProblem() {
        assertThatThrownBy(() -> new AssessmentStandards(
                new DefaultResourceLoader(), "classpath*:elder/broken-standards/*.json"))
                .isInstanceOf(InvalidStandardDefinition.class)
                .hasMessageContaining("gap-in-bands.json")
                .hasMessageContaining("level bands leave a gap: no band covers total 3");
    }

    @Test
    void startUpFailsWhenTwoFilesDefineTheSameCodeAndVersion() {
        assertThatThrownBy(() -> new AssessmentStandards(
                new DefaultResourceLoader(), "classpath*:elder/*/tiny-variant*.json"))
                .isInstanceOf(InvalidStandardDefinition.class)
                .hasMessageContaining("TEST 1-2025 (local-1) again");
    }

    @Test
    void startUpFailsWhenThereIsNoDefinitionAtAll() {
        assertThatThrownBy(() -> new AssessmentStandards(new DefaultResourceLoader(), "classpath*:elder/none/*.json"))
                .isInstanceOf(InvalidStandardDefinition.class)
                .hasMessageContaining("No assessment standard definitions found");
    }

    @Test
    void rejectsAGapInTheLevelBands() {
        assertRejected(root -> band(root, 3).put("minTotal", 32), "no band covers totals 30–31");
    }

    @Test
    void rejectsOverlappingLevelBands() {
        assertRejected(root -> band(root, 2).put("minTotal", 44), "more than one band covers totals 44–45");
    }

    @Test
    void rejectsLevelBandsThatStopShortOfTheMaximum() {
        assertRejected(root -> ((ArrayNode) root.get("levelBands")).remove(0), "no band covers total 90");
    }

    @Test
    void rejectsLevelBandsThatGetWorseAsTheTotalRises() {
        assertRejected(root -> band(root, 1).put("level", "SEVERE"),
                "level band SEVERE 66–89 must be a better level than MODERATE 46–65");
    }

    @Test
    void rejectsItemMaximaThatDoNotAddUpToTheDimensionMaximum() {
        assertRejected(root -> option(root, 0, 0, 0).put("score", 5),
                "item maxima of dimension B1 add up to 33, not the declared maxScore 32");
    }

    @Test
    void rejectsDimensionMaximaThatDoNotAddUpToTheTotal() {
        assertRejected(root -> ((ObjectNode) root).put("maxTotal", 100),
                "dimension maxima add up to 90, not the declared maxTotal 100");
    }

    @Test
    void rejectsTwoOptionsWithTheSameScore() {
        assertRejected(root -> option(root, 2, 0, 1).put("score", 4), "item B3.1 has more than one option scored 4");
    }

    @Test
    void rejectsAnItemWithoutEnglishText() {
        assertRejected(root -> ((ObjectNode) item(root, 3, 1).get("name")).remove("en"), "item B4.2 has no 'en' text");
    }

    @Test
    void rejectsAComaRuleNamingAnUnknownItem() {
        assertRejected(root -> ((ObjectNode) root.get("levelChangeRules").get("coma")).put("item", "B3.10"),
                "coma rule names unknown item B3.10");
    }

    @Test
    void rejectsAnUnknownRiskEventKindOrFieldAsUnreadable() {
        assertThatThrownBy(() -> read(root -> ((ArrayNode) root.get("levelChangeRules").get("riskEvents").get("kinds"))
                .add("FLOOD"))).hasMessageContaining("cannot be read").hasMessageContaining("FLOOD");
        assertThatThrownBy(() -> read(root -> ((ObjectNode) root).put("maxTotl", 90)))
                .hasMessageContaining("cannot be read").hasMessageContaining("maxTotl");
    }

    private static void assertRejected(Consumer<JsonNode> breakIt, String problem) {
        assertThatThrownBy(() -> read(breakIt))
                .isInstanceOf(InvalidStandardDefinition.class)
                .hasMessageContaining("in-memory test definition is invalid")
                .hasMessageContaining(problem);
    }

    private static AssessmentStandard read(Consumer<JsonNode> change) throws IOException {
        JsonNode root = JSON.readTree(bundledBytes());
        change.accept(root);
        return StandardDefinitionReader.read("in-memory test definition", JSON.writeValueAsBytes(root));
    }

    private static ObjectNode band(JsonNode root, int index) {
        return (ObjectNode) root.get("levelBands").get(index);
    }

    private static JsonNode item(JsonNode root, int dimension, int item) {
        return root.get("dimensions").get(dimension).get("items").get(item);
    }

    private static ObjectNode option(JsonNode root, int dimension, int item, int option) {
        return (ObjectNode) item(root, dimension, item).get("options").get(option);
    }

    private static byte[] bundledBytes() throws IOException {
        return new ClassPathResource(BUNDLED).getContentAsByteArray();
    }

    private static RiskEvent fallOn(String date) {
        return new RiskEvent(RiskEventKind.FALL, LocalDate.parse(date));
    }
}
