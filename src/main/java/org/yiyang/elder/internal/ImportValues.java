package org.yiyang.elder.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yiyang.elder.ElderDraft;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.LivingSituation;
import org.yiyang.elder.SpecialCategory;

/**
 * Turns the text cells of one import row into an {@link ElderDraft}, accepting what lists are written with:
 * Chinese labels or constant names, 是/否, several categories in one cell. A cell that cannot be read names
 * its column; everything else is judged by the same validator as the form.
 */
final class ImportValues {

    private static final Pattern CATEGORY_SEPARATORS = Pattern.compile("[、,，;；/／|\\s]+");
    private static final Pattern EXCEL_TEXT_FORMULA = Pattern.compile("^=\"(.*)\"$");
    private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1", "√", "✓");
    private static final Set<String> NO = Set.of("否", "n", "no", "false", "0", "");
    private static final Map<String, LivingSituation> LIVING = new HashMap<>();
    private static final Map<String, SpecialCategory> CATEGORIES = new HashMap<>();
    private static final Map<String, Integer> GRADES = Map.of("1", 1, "2", 2, "3", 3, "4", 4,
            "一", 1, "二", 2, "三", 3, "四", 4);

    static {
        LIVING.put("独居", LivingSituation.ALONE);
        LIVING.put("仅与配偶同住", LivingSituation.WITH_SPOUSE);
        LIVING.put("与配偶同住", LivingSituation.WITH_SPOUSE);
        LIVING.put("与子女同住", LivingSituation.WITH_CHILDREN);
        LIVING.put("与其他人同住", LivingSituation.WITH_OTHERS);
        LIVING.put("与其他亲属或他人同住", LivingSituation.WITH_OTHERS);
        for (LivingSituation s : LivingSituation.values()) {
            LIVING.put(s.name().toLowerCase(Locale.ROOT), s);
        }
        CATEGORIES.put("特困", SpecialCategory.EXTREME_POVERTY);
        CATEGORIES.put("特困供养", SpecialCategory.EXTREME_POVERTY);
        CATEGORIES.put("特困人员", SpecialCategory.EXTREME_POVERTY);
        CATEGORIES.put("低保", SpecialCategory.MINIMUM_LIVING);
        CATEGORIES.put("低保户", SpecialCategory.MINIMUM_LIVING);
        CATEGORIES.put("低收入", SpecialCategory.LOW_INCOME);
        CATEGORIES.put("失独", SpecialCategory.LOST_ONLY_CHILD);
        CATEGORIES.put("计划生育特殊家庭", SpecialCategory.FAMILY_PLANNING_SPECIAL);
        CATEGORIES.put("计生特殊家庭", SpecialCategory.FAMILY_PLANNING_SPECIAL);
        CATEGORIES.put("残疾", SpecialCategory.DISABLED);
        CATEGORIES.put("残疾人", SpecialCategory.DISABLED);
        CATEGORIES.put("重点优抚对象", SpecialCategory.ENTITLED_GROUP);
        CATEGORIES.put("优抚对象", SpecialCategory.ENTITLED_GROUP);
        for (SpecialCategory c : SpecialCategory.values()) {
            CATEGORIES.put(c.name().toLowerCase(Locale.ROOT), c);
        }
    }

    private ImportValues() {
    }

    /** @throws ElderProblem naming the column ({@link ImportColumn#key()}) whose cell cannot be read */
    static ElderDraft draft(Map<String, String> row) {
        String idNumber = cell(row, ImportColumn.ID_NUMBER);
        if (idNumber.contains("E+") || idNumber.contains("e+")) {
            throw new ElderProblem(ImportColumn.ID_NUMBER.key(), "elderimport.error.idNumberAsNumber");
        }
        Set<SpecialCategory> categories = categories(cell(row, ImportColumn.CATEGORIES));
        Integer grade = grade(cell(row, ImportColumn.DISABILITY_GRADE));
        if (grade != null) {
            categories.add(SpecialCategory.DISABLED); // a list that gives a disability grade means 残疾
        }
        return new ElderDraft(cell(row, ImportColumn.NAME), idNumber, cell(row, ImportColumn.PHONE),
                cell(row, ImportColumn.ADDRESS), cell(row, ImportColumn.DIVISION_CODE),
                cell(row, ImportColumn.HOUSEHOLD_DIVISION_CODE), living(cell(row, ImportColumn.LIVING_SITUATION)),
                yesNo(row, ImportColumn.EMPTY_NEST), yesNo(row, ImportColumn.LEFT_BEHIND), categories, grade,
                cell(row, ImportColumn.CHRONIC_CONDITIONS));
    }

    /** The cell's text without surrounding spaces and without the marks that keep Excel from reading it as a number. */
    static String cell(Map<String, String> row, ImportColumn column) {
        String value = row.get(column.key());
        if (value == null) {
            return "";
        }
        value = value.strip();
        var formula = EXCEL_TEXT_FORMULA.matcher(value);
        if (formula.matches()) {
            value = formula.group(1).strip();
        } else if (value.startsWith("'")) {
            value = value.substring(1).strip();
        }
        return value;
    }

    private static LivingSituation living(String text) {
        if (text.isEmpty()) {
            return null;
        }
        LivingSituation living = LIVING.get(text.toLowerCase(Locale.ROOT));
        if (living == null) {
            throw new ElderProblem(ImportColumn.LIVING_SITUATION.key(), "elderimport.error.livingSituation");
        }
        return living;
    }

    private static boolean yesNo(Map<String, String> row, ImportColumn column) {
        String text = cell(row, column).toLowerCase(Locale.ROOT);
        if (YES.contains(text)) {
            return true;
        }
        if (NO.contains(text)) {
            return false;
        }
        throw new ElderProblem(column.key(), "elderimport.error.yesNo");
    }

    private static Set<SpecialCategory> categories(String text) {
        Set<SpecialCategory> categories = EnumSet.noneOf(SpecialCategory.class);
        for (String label : CATEGORY_SEPARATORS.split(text)) {
            if (label.isEmpty() || label.equals("无")) {
                continue;
            }
            SpecialCategory category = CATEGORIES.get(label.toLowerCase(Locale.ROOT));
            if (category == null) {
                throw new ElderProblem(ImportColumn.CATEGORIES.key(), "elderimport.error.category");
            }
            categories.add(category);
        }
        return categories;
    }

    private static Integer grade(String text) {
        String digits = text.replace("级", "").replace("等", "").strip();
        if (digits.isEmpty() || digits.equals("无")) {
            return null;
        }
        Integer grade = GRADES.get(digits);
        if (grade == null) {
            throw new ElderProblem(ImportColumn.DISABILITY_GRADE.key(), "elderimport.error.disabilityGrade");
        }
        return grade;
    }
}
