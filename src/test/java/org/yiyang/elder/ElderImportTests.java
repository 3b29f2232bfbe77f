package org.yiyang.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.yiyang.IntegrationTest;
import org.yiyang.elder.internal.ElderImportJobs;
import org.yiyang.elder.internal.ElderImporter;
import org.yiyang.elder.internal.ImportCounts;
import org.yiyang.elder.internal.ImportProblem;
import org.yiyang.elder.internal.ImportResult;
import org.yiyang.elder.internal.ImportStopped;
import org.yiyang.elder.internal.ProgressListener;
import org.yiyang.elder.internal.ImportJob;
import org.yiyang.elder.internal.ImportJobStatus;
import org.yiyang.elder.internal.ImportRefused;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.DivisionCode;

@IntegrationTest
class ElderImportTests {

    static final Viewer BANNER_OPERATOR = new Viewer(3, "banner-operator", "O", Role.OPERATOR,
            DivisionCode.of("152221000000"));
    static final Viewer HULUNBUIR_REGULATOR = new Viewer(2, "hulunbuir-regulator", "R", Role.REGULATOR,
            DivisionCode.of("150700000000"));
    static final String VILLAGE = TestElders.HINGGAN_VILLAGE;

    @Autowired
    ElderImportJobs jobs;

    @Autowired
    ElderImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsAGoodCsvFileWithEveryFieldEncryptedAndTheCategoriesOfEachElder() throws Exception {
        var ids = new UniqueIdNumbers("150102");
        String first = ids.next();
        String second = ids.next();
        Path file = ImportFiles.csv(List.of(ImportFiles.HEADER,
                List.of("宝音", first, "139 1234 5678", "科尔沁镇幸福路 8 号", VILLAGE, "", "独居", "是", "否",
                        "低保、残疾", "二级", "高血压"),
                List.of("李桂兰", second, "", "", VILLAGE, "110101000000", "WITH_SPOUSE", "N", "Y", "", "", "")));

        ImportJob job = importAndWait(BANNER_OPERATOR, file);

        assertThat(job.status()).isEqualTo(ImportJobStatus.DONE);
        assertThat(List.of(job.total(), job.processed(), job.imported(), job.skipped(), job.failed()))
                .containsExactly(2, 2, 2, 0, 0);
        var row = jdbc.sql("SELECT id, id_number_enc, phone_enc, phone_masked, address_enc, living_situation, "
                        + "empty_nest, left_behind, disability_grade, chronic_conditions, created_by FROM elder_person "
                        + "WHERE id_number_masked = :masked AND name = '宝音'")
                .param("masked", masked(first)).query().singleRow();
        assertThat(String.valueOf(row.get("id_number_enc"))).doesNotContain(first.substring(6, 14));
        assertThat(row.get("phone_masked")).isEqualTo("139****5678");
        assertThat(String.valueOf(row.get("address_enc"))).doesNotContain("幸福路");
        assertThat(row.get("living_situation")).isEqualTo("ALONE");
        assertThat(row.get("empty_nest")).isEqualTo(true);
        assertThat(((Number) row.get("disability_grade")).intValue()).isEqualTo(2);
        assertThat(row.get("created_by")).isEqualTo("banner-operator");
        assertThat(categories((Number) row.get("id"))).containsExactly("DISABLED", "MINIMUM_LIVING");
        var other = jdbc.sql("SELECT household_division_code, left_behind, phone_enc FROM elder_person "
                + "WHERE id_number_masked = :masked AND name = '李桂兰'").param("masked", masked(second)).query().singleRow();
        assertThat(other.get("household_division_code")).isEqualTo("110101000000");
        assertThat(other.get("left_behind")).isEqualTo(true);
        assertThat(other.get("phone_enc")).isNull();
    }

    @Test
    void importsAGoodXlsxFileWithEnglishHeadersATitleRowAndNumberCells() throws Exception {
        var ids = new UniqueIdNumbers("150103");
        String first = ids.next();
        Path file = ImportFiles.xlsx(List.of(
                List.of("2026 年科尔沁镇老年人花名册"),
                List.of(),
                List.of("No.", "name", "idNumber", "phone", "divisionCode", "livingSituation", "emptyNest", "categories"),
                List.of(1, "巴特尔", first, 13912345678L, Long.parseLong(VILLAGE), "与子女同住", true, "LOW_INCOME;低保"),
                List.of(2, "其其格", ids.next(), "", VILLAGE, "仅与配偶同住", false, "")));

        ImportJob job = importAndWait(BANNER_OPERATOR, file);

        assertThat(job.status()).isEqualTo(ImportJobStatus.DONE);
        assertThat(List.of(job.total(), job.imported(), job.failed())).containsExactly(2, 2, 0);
        var row = jdbc.sql("SELECT id, phone_masked, division_code, living_situation, empty_nest FROM elder_person "
                + "WHERE id_number_masked = :masked").param("masked", masked(first)).query().singleRow();
        assertThat(row.get("phone_masked")).isEqualTo("139****5678");
        assertThat(row.get("division_code")).isEqualTo(VILLAGE);
        assertThat(row.get("living_situation")).isEqualTo("WITH_CHILDREN");
        assertThat(row.get("empty_nest")).isEqualTo(true);
        assertThat(categories((Number) row.get("id"))).containsExactly("LOW_INCOME", "MINIMUM_LIVING");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws Exception {
        var ids = new UniqueIdNumbers("150104");
        List<List<String>> rows = new ArrayList<>(List.of(ImportFiles.HEADER));
        for (int i = 0; i < 5; i++) {
            rows.add(ImportFiles.row("图门" + i, ids.next(), VILLAGE, "独居", "失独"));
        }
        Path first = ImportFiles.csv(rows);
        Path again = Files.copy(first, first.resolveSibling(first.getFileName() + ".again"));
        assertThat(importAndWait(BANNER_OPERATOR, first).imported()).isEqualTo(5);
        var before = snapshot();

        ImportJob second = importAndWait(BANNER_OPERATOR, again);

        assertThat(List.of(second.processed(), second.imported(), second.skipped(), second.failed()))
                .containsExactly(5, 0, 5, 0);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aFileWithWrongOrMissingColumnsIsRefusedNamingThemAndNothingIsImported() throws Exception {
        long before = count();
        var ids = new UniqueIdNumbers("150105");
        Path missing = ImportFiles.csv(List.of(List.of("姓名", "身份证号", "电话号码", "住址"),
                List.of("某", ids.next(), "13912345678", "某地")));
        assertThatThrownBy(() -> jobs.start(BANNER_OPERATOR, "missing.csv", missing))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("elderimport.refused.wrongColumns");
                    assertThat(refused.arguments()).containsExactly("居住地区划代码、居住状况", "电话号码");
                });
        Path unknown = ImportFiles.csv(List.of(List.of("姓名", "身份证号", "居住地区划代码", "居住状况", "民族"),
                List.of("某", ids.next(), VILLAGE, "独居", "蒙古族")));
        assertThatThrownBy(() -> jobs.start(BANNER_OPERATOR, "unknown.csv", unknown))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("elderimport.refused.unknownColumns");
                    assertThat(refused.arguments()).containsExactly("民族");
                });
        assertThat(count()).isEqualTo(before);
        assertThat(missing).doesNotExist();
    }

    @Test
    void rowsWithBadBirthDatesWrongCheckCharactersOrOutsideTheDivisionAreReportedAndTheRestImported() throws Exception {
        var ids = new UniqueIdNumbers("150121");
        String good = ids.next();
        String badDate = ImportFiles.idNumber("150121", 1940, 2, 30, 1);
        String wrongCheck = ImportFiles.withWrongCheck(ids.next());
        Path file = ImportFiles.csv(List.of(ImportFiles.HEADER,
                ImportFiles.row("好", good, VILLAGE, "独居", ""),
                ImportFiles.row("日期错", badDate, VILLAGE, "独居", ""),
                ImportFiles.row("校验错", wrongCheck, VILLAGE, "独居", ""),
                ImportFiles.row("外盟", ids.next(), TestElders.HULUNBUIR_VILLAGE, "独居", ""),
                ImportFiles.row("重复", good, VILLAGE, "独居", ""),
                ImportFiles.row("居住错", ids.next(), VILLAGE, "养老院", "")));

        ImportJob job = importAndWait(BANNER_OPERATOR, file);

        assertThat(List.of(job.total(), job.imported(), job.skipped(), job.failed())).containsExactly(6, 1, 0, 5);
        String report = new String(jobs.errorReport(BANNER_OPERATOR, job.id(), Locale.SIMPLIFIED_CHINESE).orElseThrow(),
                StandardCharsets.UTF_8);
        assertThat(report).startsWith("\uFEFF行号,列,原因\r\n").containsSubsequence(
                "3,身份证号,出生日期无效",
                "4,身份证号,校验码不符",
                "5,居住地区划代码,这个区划不在您的管辖范围内",
                "6,身份证号,与第 2 行的身份证号相同",
                "7,居住状况,居住状况应为");
        assertThat(report).doesNotContain(good).doesNotContain(badDate);
        String english = new String(jobs.errorReport(BANNER_OPERATOR, job.id(), Locale.ENGLISH).orElseThrow(),
                StandardCharsets.UTF_8);
        assertThat(english).startsWith("\uFEFFRow,Column,Reason\r\n")
                .contains("6,身份证号,Same ID number as row 2 (repeated in the file); this row was not imported.");
    }

    @Test
    void readsGbkEncodedCsvAndCsvWithAByteOrderMark() throws Exception {
        var ids = new UniqueIdNumbers("150122");
        String gbkId = ids.next();
        String bomId = ids.next();
        Path gbk = ImportFiles.csv(List.of(ImportFiles.HEADER,
                ImportFiles.row("乌云其木格", gbkId, VILLAGE, "仅与配偶同住", "计划生育特殊家庭")),
                java.nio.charset.Charset.forName("GBK"), false);
        Path bom = ImportFiles.csv(List.of(ImportFiles.HEADER, ImportFiles.row("萨仁高娃", bomId, VILLAGE, "独居", "")),
                StandardCharsets.UTF_8, true);

        assertThat(importAndWait(BANNER_OPERATOR, gbk).imported()).isEqualTo(1);
        assertThat(importAndWait(BANNER_OPERATOR, bom).imported()).isEqualTo(1);

        assertThat(jdbc.sql("SELECT name FROM elder_person WHERE id_number_masked IN (:masked) ORDER BY name")
                .param("masked", List.of(masked(gbkId), masked(bomId))).query(String.class).list())
                .containsExactlyInAnyOrder("乌云其木格", "萨仁高娃");
    }

    @Test
    void anEmptyFileOrOneWithoutDataRowsIsRefused() throws Exception {
        Path empty = Files.createTempFile("import-test-", ".csv");
        assertThatThrownBy(() -> jobs.start(BANNER_OPERATOR, "empty.csv", empty))
                .isInstanceOfSatisfying(ImportRefused.class,
                        r -> assertThat(r.messageKey()).isEqualTo("elderimport.refused.empty"));
        Path headerOnly = ImportFiles.csv(List.of(ImportFiles.HEADER, List.of("", "", " ")));
        assertThatThrownBy(() -> jobs.start(BANNER_OPERATOR, "header.csv", headerOnly))
                .isInstanceOfSatisfying(ImportRefused.class,
                        r -> assertThat(r.messageKey()).isEqualTo("elderimport.refused.noRows"));
    }

    @Test
    void aJobAndItsErrorReportAreSeenOnlyWithinTheImportersDivision() throws Exception {
        Path file = ImportFiles.csv(List.of(ImportFiles.HEADER,
                ImportFiles.row("错", "152221194013321234", VILLAGE, "独居", "")));
        ImportJob job = importAndWait(BANNER_OPERATOR, file);
        var leagueRegulator = new Viewer(1, "hinggan-regulator", "R", Role.REGULATOR, DivisionCode.of("152200000000"));

        assertThat(jobs.find(leagueRegulator, job.id())).isPresent();
        assertThat(jobs.find(HULUNBUIR_REGULATOR, job.id())).isEmpty();
        assertThat(jobs.errorReport(HULUNBUIR_REGULATOR, job.id(), Locale.CHINA)).isEmpty();
        assertThat(jobs.recent(HULUNBUIR_REGULATOR, 50)).extracting(ImportJob::id).doesNotContain(job.id());
    }

    @Test
    void anImportStoppedByTheDatabaseInTheSecondBatchLeavesOnlyWholeEldersAndFinishesWhenRunAgain() {
        var ids = new UniqueIdNumbers("150123");
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            rows.add(Map.of("name", "批次" + i, "idNumber", ids.next(), "divisionCode", VILLAGE,
                    "livingSituation", "ALONE", "categories", i == 1300 ? "重点优抚对象" : "低保,失独"));
        }
        List<ImportCounts> progress = new ArrayList<>();
        // a constraint the 1,301st row breaks when its categories are written, after its elder row is inserted
        jdbc.sql("ALTER TABLE elder_category ADD CONSTRAINT test_no_entitled CHECK (category <> 'ENTITLED_GROUP')")
                .update();
        try {
            assertThatThrownBy(() -> importer.importRows(BANNER_OPERATOR, rows.iterator(), progress::add))
                    .isInstanceOfSatisfying(ImportStopped.class, stopped -> assertThat(stopped.partial().counts())
                            .isEqualTo(new ImportCounts(1000, 1000, 0, 0)));
        } finally {
            jdbc.sql("ALTER TABLE elder_category DROP CONSTRAINT test_no_entitled").update();
        }
        assertThat(progress).containsExactly(new ImportCounts(1000, 1000, 0, 0));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM elder_person WHERE name LIKE '批次%'").query(Long.class).single())
                .isEqualTo(1000);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM elder_person p WHERE p.name LIKE '批次%'
                AND (SELECT COUNT(*) FROM elder_category c WHERE c.elder_id = p.id) <> 2""").query(Long.class).single())
                .as("elders without both their categories").isZero();

        ImportResult again = importer.importRows(BANNER_OPERATOR, rows.iterator(), ProgressListener.NONE);

        assertThat(again.counts()).isEqualTo(new ImportCounts(1500, 500, 1000, 0));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM elder_person WHERE name LIKE '批次%'").query(Long.class).single())
                .isEqualTo(1500);
    }

    @Test
    void theImporterReportsProgressAfterEveryBatchAndRefusesRolesThatDoNotKeepTheRegistry() {
        var ids = new UniqueIdNumbers("150124");
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            rows.add(Map.of("name", "进度" + i, "idNumber", i == 2400 ? "123" : ids.next(), "divisionCode", VILLAGE,
                    "livingSituation", "WITH_OTHERS"));
        }
        List<ImportCounts> progress = new ArrayList<>();

        ImportResult result = importer.importRows(BANNER_OPERATOR, rows.iterator(), progress::add);

        assertThat(progress).extracting(ImportCounts::processed).containsExactly(1000, 2000, 2500);
        assertThat(result.counts()).isEqualTo(new ImportCounts(2500, 2499, 0, 1));
        assertThat(result.problems()).containsExactly(
                new ImportProblem(2402, "身份证号", "shared.idNumber.invalid.length", null));
        var caregiver = new Viewer(4, "cg", "C", Role.CAREGIVER, DivisionCode.of("152221000000"));
        assertThatThrownBy(() -> importer.importRows(caregiver, rows.iterator(), ProgressListener.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ImportJob importAndWait(Viewer viewer, Path file) throws InterruptedException {
        long id = jobs.start(viewer, file.getFileName().toString(), file).id();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            ImportJob job = jobs.find(viewer, id).orElseThrow();
            if (!job.running()) {
                return job;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("import job " + id + " did not finish");
    }

    private List<String> categories(Number elderId) {
        return jdbc.sql("SELECT category FROM elder_category WHERE elder_id = :id ORDER BY category")
                .param("id", elderId.longValue()).query(String.class).list();
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM elder_person").query(Long.class).single();
    }

    private List<Object> snapshot() {
        return List.of(count(), jdbc.sql("SELECT MAX(updated_at) FROM elder_person")
                        .query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class)).single(),
                jdbc.sql("SELECT COUNT(*) FROM elder_category").query(Long.class).single());
    }

    static String masked(String idNumber) {
        return idNumber.substring(0, 6) + "********" + idNumber.substring(14);
    }
}
