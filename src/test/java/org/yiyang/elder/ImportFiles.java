package org.yiyang.elder;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.yiyang.shared.IdNumber;

/** Writes import files as bureaus send them: CSV in UTF-8 (with or without BOM) or GBK, and .xlsx. */
public final class ImportFiles {

    public static final List<String> HEADER = List.of("姓名", "身份证号", "联系电话", "家庭住址", "居住地区划代码",
            "户籍地区划代码", "居住状况", "空巢", "留守", "特殊类别", "残疾等级", "慢性病");

    private ImportFiles() {
    }

    /** A valid ID number of someone born on {@code year}-{@code month}-{@code day} with sequence {@code seq}. */
    public static String idNumber(String addressCode, int year, int month, int day, int seq) {
        String first17 = addressCode + String.format("%04d%02d%02d%03d", year, month, day, seq);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** The ID number with its check character replaced by a wrong one. */
    public static String withWrongCheck(String idNumber) {
        char wrong = idNumber.charAt(17) == '1' ? '2' : '1';
        return idNumber.substring(0, 17) + wrong;
    }

    /** One row in the column order of {@link #HEADER}. */
    public static List<String> row(String name, String idNumber, String village, String living, String categories) {
        return List.of(name, idNumber, "13912345678", "幸福路 8 号", village, "", living, "是", "否", categories,
                "", "高血压");
    }

    public static Path csv(List<List<String>> rows, Charset charset, boolean bom) throws IOException {
        Path file = Files.createTempFile("import-test-", ".csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            StringBuilder text = new StringBuilder();
            for (List<String> row : rows) {
                text.append(String.join(",", row.stream().map(ImportFiles::quoted).toList())).append("\r\n");
            }
            out.write(text.toString().getBytes(charset));
        }
        return file;
    }

    public static Path csv(List<List<String>> rows) throws IOException {
        return csv(rows, StandardCharsets.UTF_8, false);
    }

    /** An .xlsx whose cells hold text, except cells given as {@link Number} or {@link Boolean}. */
    public static Path xlsx(List<? extends List<?>> rows) throws IOException {
        Path file = Files.createTempFile("import-test-", ".xlsx");
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("名单");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof Boolean bool) {
                        row.createCell(c).setCellValue(bool);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static String quoted(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
