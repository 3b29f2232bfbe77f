package org.yiyang.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.elder.internal.ElderExporter;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.shared.DivisionCode;

@IntegrationTest
class ElderImportPagesTests {

    private static final Pattern JOB_URL = Pattern.compile("/elders/import/(\\d+)");
    private static final Viewer REGION_OPERATOR = new Viewer(9, "region-operator", "O", Role.OPERATOR,
            DivisionCode.INNER_MONGOLIA);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ElderRegistry registry;

    @Autowired
    ElderExporter exporter;

    @Autowired
    AccountAdministration administration;

    @Test
    void theImportPageShowsTheColumnLayoutAndSendsAFileWithWrongColumnsBackNamingThem() throws Exception {
        MockHttpSession operator = signIn("operator");
        mvc.perform(get("/elders/import").session(operator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("<label for=\"import-file\"")))
                .andExpect(content().string(containsString("householdDivisionCode")))
                .andExpect(content().string(containsString("居住地区划代码")));
        byte[] wrong = "姓名,证件号码,民族\n某,152221194001011234,蒙古族\n".getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart("/elders/import").file(new MockMultipartFile("file", "名单.csv", "text/csv", wrong))
                        .session(operator).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"alert\"")))
                .andExpect(content().string(containsString("身份证号、居住地区划代码、居住状况")))
                .andExpect(content().string(containsString("证件号码、民族")));
        mvc.perform(multipart("/elders/import").file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
                        .session(operator).with(csrf()))
                .andExpect(content().string(containsString("文件是空的")));
        mvc.perform(get("/elders/import").param("tooLarge", "").session(operator))
                .andExpect(content().string(containsString("文件超过 20 MB")));
    }

    @Test
    void anOperatorUploadsATenMegabyteFileAndFollowsItsProgressToTheCountsAndTheErrorReport() throws Exception {
        MockHttpSession operator = signIn("operator");
        // the villages of 察尔森镇 and 额尔格图镇: no other test registers elders there
        List<String> villages = jdbc.sql("SELECT code FROM region_division WHERE code LIKE '15222110_%' "
                + "AND code BETWEEN '152221106000' AND '152221107999' AND division_level = 5 ORDER BY code")
                .query(String.class).list();
        assertThat(villages).hasSizeGreaterThan(10);
        var ids = new UniqueIdNumbers("152222");
        var csv = new java.io.ByteArrayOutputStream();
        csv.writeBytes((String.join(",", ImportFiles.HEADER) + "\r\n").getBytes(StandardCharsets.UTF_8));
        int rows = 0;
        List<Integer> broken = new ArrayList<>();
        while (csv.size() < 10 * 1024 * 1024) {
            rows++;
            String id = ids.next();
            if (rows % 5000 == 0) {
                id = ImportFiles.withWrongCheck(id);
                broken.add(rows + 1);
            }
            String row = "宝音图" + rows + "," + id + ",1391234" + String.format("%04d", rows % 10000)
                    + ",科尔沁右翼前旗科尔沁镇幸福路 " + rows % 300 + " 号," + villages.get(rows % villages.size()) + ",,"
                    + (rows % 3 == 0 ? "独居" : "与子女同住") + ",是,否," + (rows % 7 == 0 ? "低保、残疾,二级" : "低收入,")
                    + ",高血压、糖尿病\r\n";
            csv.writeBytes(row.getBytes(StandardCharsets.UTF_8));
        }
        byte[] file = csv.toByteArray();
        assertThat(file.length).isGreaterThanOrEqualTo(10 * 1024 * 1024);

        long started = System.nanoTime();
        String jobUrl = mvc.perform(multipart("/elders/import")
                        .file(new MockMultipartFile("file", "科尔沁右翼前旗花名册.csv", "text/csv", file))
                        .session(operator).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/elders/import/*"))
                .andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(jobUrl).session(operator)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("role=\"status\"").contains("aria-live=\"polite\"").contains("hx-trigger=\"every 1s\"");

        String fragment = page;
        boolean sawProgress = false;
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (fragment.contains("hx-trigger") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            fragment = mvc.perform(get(jobUrl).session(operator).header("HX-Request", "true"))
                    .andReturn().getResponse().getContentAsString();
            sawProgress |= fragment.contains("<progress");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Imported a %.1f MB file of %d rows in %.1f s: %.0f rows/s (%s; upload, count pass and polling "
                + "included)%n", file.length / 1048576.0, rows, seconds, rows / seconds,
                jdbc.sql("SELECT 1").query((rs, n) -> rs.getStatement().getConnection().getMetaData()
                        .getDatabaseProductName()).single());

        assertThat(sawProgress).as("a poll showed the progress bar").isTrue();
        assertThat(fragment).doesNotContain("<html").doesNotContain("hx-trigger").contains("导入完成")
                .contains("data-count=\"total\">" + rows + "<")
                .contains("data-count=\"imported\">" + (rows - broken.size()) + "<")
                .contains("data-count=\"skipped\">0<")
                .contains("data-count=\"failed\">" + broken.size() + "<");
        Matcher id = JOB_URL.matcher(jobUrl);
        assertThat(id.find()).isTrue();
        var report = mvc.perform(get(jobUrl + "/errors.csv").session(operator))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(report, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF行号,列,原因");
        for (int row : broken) {
            assertThat(text).contains(row + ",身份证号,校验码不符");
        }
    }

    @Test
    void theExportHoldsOnlyTheViewersDivisionWithIdNumbersAndPhonesMasked() throws Exception {
        String inside = TestElders.idNumber("152201", 1936);
        String outside = TestElders.idNumber("150702", 1936);
        registry.register(REGION_OPERATOR, TestElders.draft("导出本旗老人", inside, TestElders.HINGGAN_VILLAGE));
        registry.register(REGION_OPERATOR, TestElders.draft("导出外盟老人", outside, TestElders.HULUNBUIR_VILLAGE));
        MockHttpSession regulator = signIn("regulator");

        byte[] xlsx = mvc.perform(get("/elders/export").param("q", "导出").session(regulator))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();

        List<List<String>> sheet = read(xlsx);
        assertThat(sheet.get(0)).startsWith("姓名", "居民身份证号码", "性别", "出生日期");
        assertThat(sheet).hasSize(2);
        assertThat(sheet.get(1)).startsWith("导出本旗老人", ImportPagesMasks.id(inside))
                .contains("139****5678", "独居", "低保", "是");
        assertThat(sheet.toString()).doesNotContain(inside).doesNotContain("13912345678").doesNotContain("导出外盟老人");
        mvc.perform(get("/elders/export").param("division", "150700000000").session(regulator))
                .andExpect(status().isForbidden());
    }

    @Test
    void anExportBeyondTheRowLimitGoesBackToTheListWithTheReason() throws Exception {
        MockHttpSession regulator = signIn("regulator");
        ReflectionTestUtils.setField(exporter, "maxRows", 0);
        try {
            mvc.perform(get("/elders/export").param("category", "MINIMUM_LIVING").session(regulator))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrlPattern("/elders?*category=MINIMUM_LIVING*"))
                    .andExpect(flash().attribute("problem", "elderimport.export.tooMany"));
        } finally {
            ReflectionTestUtils.setField(exporter, "maxRows", ElderExporter.MAX_ROWS);
        }
        mvc.perform(get("/elders").session(regulator))
                .andExpect(content().string(containsString("id=\"elder-export\"")))
                .andExpect(content().string(containsString("/elders/import")));
    }

    @Test
    void aCaregiverCanNeitherImportNorExport() throws Exception {
        MockHttpSession caregiver = signIn("caregiver");
        mvc.perform(get("/elders/import").session(caregiver)).andExpect(status().isForbidden());
        mvc.perform(multipart("/elders/import").file(new MockMultipartFile("file", "a.csv", "text/csv",
                        "姓名\n".getBytes(StandardCharsets.UTF_8))).session(caregiver).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/elders/export").session(caregiver)).andExpect(status().isForbidden());
        mvc.perform(get("/elders/import/1/errors.csv").session(caregiver)).andExpect(status().isForbidden());
    }

    @Test
    void anotherLeaguesRegulatorDoesNotFindTheJob() throws Exception {
        MockHttpSession operator = signIn("operator");
        byte[] file = ("姓名,身份证号,居住地区划代码,居住状况\n某,152221194013011234," + TestElders.HINGGAN_VILLAGE + ",独居\n")
                .getBytes(StandardCharsets.UTF_8);
        String jobUrl = mvc.perform(multipart("/elders/import").file(new MockMultipartFile("file", "a.csv", "text/csv", file))
                        .session(operator).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        String other = TestAccounts.create(administration, Role.REGULATOR, "150700000000");
        MockHttpSession outsider = signIn(other, TestAccounts.PASSWORD);
        outsider.removeAttribute("yy.mustChangePassword");

        mvc.perform(get(jobUrl).session(outsider)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("a.csv"))));
        mvc.perform(get(jobUrl + "/errors.csv").session(outsider)).andExpect(status().isNotFound());
    }

    private static List<List<String>> read(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        var format = new DataFormatter();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(format.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private MockHttpSession signIn(String username) throws Exception {
        return signIn(username, "Yiyang@2026");
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf())).andReturn().getRequest().getSession();
    }

    private static final class ImportPagesMasks {
        static String id(String idNumber) {
            return idNumber.substring(0, 6) + "********" + idNumber.substring(14);
        }
    }
}
