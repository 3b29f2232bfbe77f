package org.yiyang.elder.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiyang.elder.ImportFiles;

class ImportFileTests {

    @TempDir
    Path dir;

    @Test
    void readsQuotedCellsWithSeparatorsQuotesAndLineBreaksAndNumbersRowsAsASpreadsheetDoes() throws IOException {
        Path file = write("姓名,身份证号,居住地区划代码,居住状况,家庭住址\r\n"
                + "\"宝音, 大\",152221194001011234,152221100001,独居,\"幸福路\n8 号\"\r\n"
                + "\r\n"
                + "\"说\"\"好\"\"\",=\"152221194001011234\",152221100001,独居,\n", StandardCharsets.UTF_8);

        List<ElderImporter.SourceRow> rows = rows(file);

        assertThat(rows).extracting(ElderImporter.SourceRow::number).containsExactly(2, 4);
        assertThat(rows.get(0).values()).containsEntry("name", "宝音, 大").containsEntry("address", "幸福路\n8 号");
        assertThat(rows.get(1).values()).containsEntry("name", "说\"好\"");
        assertThat(ImportValues.draft(rows.get(1).values()).idNumber()).isEqualTo("152221194001011234");
    }

    @Test
    void detectsUtf8WithAndWithoutBomGbkAndExcelUnicodeText() throws IOException {
        String text = "姓名\t身份证号\t居住地区划代码\t居住状况\n乌云其木格\t152221194001011234\t152221100001\t独居\n";
        Path utf16 = dir.resolve("unicode.txt");
        Files.write(utf16, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        for (Path file : List.of(write(text, StandardCharsets.UTF_8), write(text, Charset.forName("GBK")),
                write("\uFEFF" + text, StandardCharsets.UTF_8), utf16)) {
            assertThat(rows(file)).as(file.toString()).singleElement()
                    .satisfies(row -> assertThat(row.values()).containsEntry("name", "乌云其木格"));
        }
        assertThat(CsvSheetRows.detect(write(text, Charset.forName("GBK"))).charset()).isEqualTo(CsvSheetRows.GB18030);
    }

    @Test
    void acceptsHeadersWithSpacesMarksHintsAndEnglishNamesAndReadsPastNumberAndRemarkColumns() {
        assertThat(ImportColumn.named(" *身份证号（18位） ")).contains(ImportColumn.ID_NUMBER);
        assertThat(ImportColumn.named("IDNumber")).contains(ImportColumn.ID_NUMBER);
        assertThat(ImportColumn.named("居住地区划代码:")).contains(ImportColumn.DIVISION_CODE);
        assertThat(ImportColumn.named("身份证号码")).contains(ImportColumn.ID_NUMBER);
        assertThat(ImportColumn.ignored("序号")).isTrue();
        assertThat(ImportColumn.named("民族")).isEmpty();
    }

    @Test
    void refusesDoubledColumnsOldExcelUnreadableOrOversizedWorkbooksAndFilesThatAreNoTableAtAll() throws IOException {
        assertRefused(write("姓名,身份证号,身份证号码,居住地区划代码,居住状况\n", StandardCharsets.UTF_8),
                "elderimport.refused.doubledColumns");
        Path xls = dir.resolve("old.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        assertRefused(xls, "elderimport.refused.oldExcel");
        Path zip = dir.resolve("broken.xlsx");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertRefused(zip, "elderimport.refused.unreadable");
        assertRefused(write("\n\n \n", StandardCharsets.UTF_8), "elderimport.refused.empty");
        Path bomb = dir.resolve("bomb.xlsx");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i <= XlsxSheetRows.MAX_UNPACKED_MEGABYTES; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertRefused(bomb, "elderimport.refused.tooLargeUnpacked");
        Path latin = dir.resolve("binary.csv");
        Files.write(latin, new byte[] {(byte) 0x81, (byte) 0x30, (byte) 0x81, (byte) 0xFF, (byte) 0xFF});
        assertRefused(latin, "elderimport.refused.encoding");
    }

    @Test
    void keepsTheDigitsOfNumberCellsAndFlagsIdNumbersThatExcelHasRounded() throws IOException {
        Path file = ImportFiles.xlsx(List.of(
                List.of("姓名", "身份证号", "居住地区划代码", "居住状况", "残疾等级"),
                List.of("甲", 152221194001011234L, 152221100001L, "独居", 2)));

        var row = rows(file).get(0);

        assertThat(row.values()).containsEntry("divisionCode", "152221100001").containsEntry("disabilityGrade", "2");
        assertThat(row.values().get("idNumber")).contains("E+17");
        assertThatThrownBy(() -> ImportValues.draft(row.values()))
                .hasMessage("elderimport.error.idNumberAsNumber");
        assertThat(XlsxSheetRows.number("13912345678")).isEqualTo("13912345678");
        assertThat(XlsxSheetRows.number("2.0")).isEqualTo("2");
        assertThat(XlsxSheetRows.columnIndex("AB12")).isEqualTo(27);
    }

    @Test
    void readsLabelsYesNoSeveralCategoriesAndGradesAsListsWriteThem() {
        var draft = ImportValues.draft(Map.of("name", "甲", "idNumber", "'152221194001011234", "livingSituation",
                "with_children", "emptyNest", "Y", "leftBehind", "0", "categories", "特困／低保 ; FAMILY_PLANNING_SPECIAL",
                "disabilityGrade", "三级"));

        assertThat(draft.idNumber()).isEqualTo("152221194001011234");
        assertThat(draft.livingSituation()).isEqualTo(org.yiyang.elder.LivingSituation.WITH_CHILDREN);
        assertThat(draft.emptyNest()).isTrue();
        assertThat(draft.leftBehind()).isFalse();
        assertThat(draft.categories()).extracting(Enum::name).containsExactlyInAnyOrder("EXTREME_POVERTY",
                "MINIMUM_LIVING", "FAMILY_PLANNING_SPECIAL", "DISABLED");
        assertThat(draft.disabilityGrade()).isEqualTo(3);
        assertThatThrownBy(() -> ImportValues.draft(Map.of("emptyNest", "也许"))).hasMessage("elderimport.error.yesNo");
        assertThatThrownBy(() -> ImportValues.draft(Map.of("categories", "五保"))).hasMessage("elderimport.error.category");
    }

    @Test
    void remembersTheFirstRowOfEveryIdNumberAcrossGrowth() {
        var seen = new SeenIdNumbers();
        List<org.yiyang.shared.IdNumber> numbers = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            numbers.add(org.yiyang.shared.IdNumber.parse(
                    ImportFiles.idNumber("152221", 1930 + i / 999 % 30, 1 + i % 12, 1 + i % 28, 1 + i % 999)));
        }
        for (int i = 0; i < numbers.size(); i++) {
            int first = seen.firstRowOf(numbers.get(i), i + 2);
            assertThat(first).isEqualTo(numbers.indexOf(numbers.get(i)) == i ? 0 : numbers.indexOf(numbers.get(i)) + 2);
        }
        assertThat(seen.firstRowOf(numbers.get(5), 99_999)).isEqualTo(7);
    }

    private static List<ElderImporter.SourceRow> rows(Path file) {
        List<ElderImporter.SourceRow> rows = new ArrayList<>();
        try (ImportFile opened = ImportFile.open(file)) {
            opened.rows().forEachRemaining(rows::add);
        }
        return rows;
    }

    private static void assertRefused(Path file, String key) {
        assertThatThrownBy(() -> ImportFile.open(file)).isInstanceOfSatisfying(ImportRefused.class,
                r -> assertThat(r.messageKey()).isEqualTo(key));
    }

    private Path write(String text, Charset charset) throws IOException {
        Path file = Files.createTempFile(dir, "rows-", ".csv");
        Files.writeString(file, text, charset);
        return file;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
