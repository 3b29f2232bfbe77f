package org.yiyang.elder.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

/** The export workbook: one sheet, headers and values in the reader's language, ID numbers and phones masked. */
final class ElderSheet {

    /** One elder as the export reads them; personal numbers only in their masked forms. */
    record Row(long id, String name, String idNumberMasked, String sex, LocalDate birthDate, String divisionCode,
               String householdDivisionCode, String phoneMasked, String livingSituation, boolean emptyNest,
               boolean leftBehind, Integer disabilityGrade, String chronicConditions, String status,
               String capabilityLevel) {
    }

    static final List<String> HEADERS = List.of("elder.field.name", "elder.field.idNumber", "elderimport.export.sex",
            "elderimport.export.birthDate", "elder.field.age", "elder.field.divisionCode", "elder.field.division",
            "elder.field.householdDivisionCode", "elder.field.phone", "elder.field.livingSituation",
            "elder.field.emptyNest", "elder.field.leftBehind", "elder.field.categories", "elder.field.disabilityGrade",
            "elder.field.chronicConditions", "elder.field.level", "elder.field.status");
    private static final int[] WIDTHS = {12, 22, 6, 12, 6, 16, 20, 16, 16, 14, 8, 8, 24, 8, 24, 12, 10};
    private static final int WINDOW = 200;

    private final MessageSource messages;
    private final Locale locale;
    private final LocalDate today;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private int next = 1;

    ElderSheet(MessageSource messages, Locale locale, LocalDate today) {
        this.messages = messages;
        this.locale = locale;
        this.today = today;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(text("elderimport.export.sheet")));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        SXSSFRow header = sheet.createRow(0);
        for (int i = 0; i < HEADERS.size(); i++) {
            var cell = header.createCell(i);
            cell.setCellValue(text(HEADERS.get(i)));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    SXSSFWorkbook workbook() {
        return workbook;
    }

    void add(Row r, List<String> categories, String divisionName) throws IOException {
        SXSSFRow row = sheet.createRow(next++);
        String[] values = {r.name(), r.idNumberMasked(), text("shared.sex." + r.sex()), r.birthDate().toString(),
                null, r.divisionCode(), divisionName, r.householdDivisionCode(),
                r.phoneMasked() == null ? "" : r.phoneMasked(), text("elder.living." + r.livingSituation()),
                yesNo(r.emptyNest()), yesNo(r.leftBehind()),
                categories.stream().map(c -> text("elder.category." + c)).collect(Collectors.joining("、")),
                r.disabilityGrade() == null ? "" : r.disabilityGrade().toString(),
                r.chronicConditions() == null ? "" : r.chronicConditions(),
                r.capabilityLevel() == null ? text("elder.level.none") : text("elder.level." + r.capabilityLevel()),
                text("elder.status." + r.status())};
        for (int i = 0; i < values.length; i++) {
            if (i == 4) {
                row.createCell(i).setCellValue(Period.between(r.birthDate(), today).getYears());
            } else {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }

    private String yesNo(boolean value) {
        return text(value ? "elderimport.export.yes" : "elderimport.export.no");
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
