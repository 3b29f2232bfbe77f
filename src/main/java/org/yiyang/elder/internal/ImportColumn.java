package org.yiyang.elder.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of an elder import file (导入模板). Each has the documented Chinese header, an English key (the
 * form field it fills, also accepted as a header) and the other names bureaus' lists commonly use.
 */
public enum ImportColumn {
    NAME("name", "姓名", true, "老人姓名"),
    ID_NUMBER("idNumber", "身份证号", true, "身份证号码", "公民身份号码", "居民身份证号码", "身份证"),
    PHONE("phone", "联系电话", false, "电话", "手机", "手机号码", "联系方式"),
    ADDRESS("address", "家庭住址", false, "住址", "现住址", "居住地址"),
    DIVISION_CODE("divisionCode", "居住地区划代码", true, "区划代码", "居住地代码"),
    HOUSEHOLD_DIVISION_CODE("householdDivisionCode", "户籍地区划代码", false, "户籍地代码"),
    LIVING_SITUATION("livingSituation", "居住状况", true, "居住情况"),
    EMPTY_NEST("emptyNest", "空巢", false, "是否空巢", "空巢老人"),
    LEFT_BEHIND("leftBehind", "留守", false, "是否留守", "留守老人"),
    CATEGORIES("categories", "特殊类别", false, "特殊群体", "类别"),
    DISABILITY_GRADE("disabilityGrade", "残疾等级", false),
    CHRONIC_CONDITIONS("chronicConditions", "慢性病", false, "慢性病史");

    /** Columns a list may carry that the registry does not keep: read past, never refused. */
    static final List<String> IGNORED = List.of("序号", "编号", "no", "no.", "#", "备注", "remarks");

    private static final Pattern HINT_IN_BRACKETS = Pattern.compile("[（(【\\[][^）)】\\]]*[）)】\\]]");
    private static final Pattern SPACES_AND_MARKS = Pattern.compile("[\\s\\u00A0\\u3000\\uFEFF*＊:：]+");
    private static final Map<String, ImportColumn> BY_NAME = Arrays.stream(values())
            .flatMap(c -> c.names().map(n -> Map.entry(normalise(n), c)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    private static final Map<String, ImportColumn> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ImportColumn::key, Function.identity()));

    private final String key;
    private final String header;
    private final boolean required;
    private final List<String> aliases;

    ImportColumn(String key, String header, boolean required, String... aliases) {
        this.key = key;
        this.header = header;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** The English name, also the key of a row map given to {@link ElderImporter#importRows}. */
    public String key() {
        return key;
    }

    /** The documented Chinese header. */
    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public List<String> aliases() {
        return aliases;
    }

    public String messageKey() {
        return "elderimport.column." + key;
    }

    /** The column a header cell names, whatever its case, spacing, {@code *} marks or bracketed hints. */
    static Optional<ImportColumn> named(String headerCell) {
        return Optional.ofNullable(BY_NAME.get(normalise(headerCell)));
    }

    /** The column a form field fills ({@code ElderProblem.field()}). */
    static Optional<ImportColumn> ofField(String field) {
        return Optional.ofNullable(field == null ? null : BY_KEY.get(field));
    }

    static boolean ignored(String headerCell) {
        return IGNORED.contains(normalise(headerCell));
    }

    static String normalise(String headerCell) {
        String text = headerCell == null ? "" : HINT_IN_BRACKETS.matcher(headerCell).replaceAll("");
        return SPACES_AND_MARKS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private Stream<String> names() {
        return Stream.concat(Stream.of(key, header), aliases.stream());
    }
}
