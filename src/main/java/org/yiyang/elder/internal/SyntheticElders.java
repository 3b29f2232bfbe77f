package org.yiyang.elder.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.yiyang.shared.IdNumber;

/**
 * A synthetic registry for benchmarks and demos: elders spread over the real villages of each league in
 * proportion to the league's population (2020 census, 万人), with the age structure of an ageing population,
 * common Han and Mongolian names and valid, unique ID numbers. All data is invented.
 */
final class SyntheticElders {

    /** League/city code prefix → resident population 2020 (10,000s). */
    static final Map<String, Double> LEAGUE_POPULATION = Map.ofEntries(
            Map.entry("1501", 344.6), Map.entry("1502", 270.9), Map.entry("1503", 55.7), Map.entry("1504", 403.6),
            Map.entry("1505", 287.3), Map.entry("1506", 215.4), Map.entry("1507", 224.3), Map.entry("1508", 153.9),
            Map.entry("1509", 170.6), Map.entry("1522", 141.6), Map.entry("1525", 110.7), Map.entry("1529", 26.2));
    /** Development zones are statistical units, not valid ID-number address codes. */
    private static final Set<String> NOT_ADDRESS_CODES = Set.of("150172", "150271", "150571", "152571", "152971");
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
            "马", "胡", "朱", "郭", "何", "罗", "高", "林", "白", "包", "韩", "乌", "宝", "吉", "云", "郝", "康", "贾"};
    private static final String[] GIVEN = {"秀英", "桂兰", "玉珍", "淑芬", "凤兰", "德明", "福贵", "长海", "国庆",
            "志刚", "建国", "玉兰", "秀梅", "桂芝", "金山", "树林", "春花", "明", "华", "军", "兰英", "玉梅", "文"};
    private static final String[] MONGOLIAN = {"巴特尔", "宝音", "乌云", "其其格", "斯琴", "朝鲁", "孟和", "哈斯",
            "额尔敦", "图雅", "萨仁", "娜仁花", "乌力吉", "苏和", "阿拉坦", "格日勒", "那顺", "布和", "达来"};
    /** Upper bound of age within each decade band: 60–69 55 %, 70–79 30 %, 80–89 12 %, 90–104 3 %. */
    private static final double[] AGE_SHARE = {0.55, 0.85, 0.97, 1.0};
    private static final int[] AGE_FROM = {60, 70, 80, 90};
    private static final int[] AGE_SPAN = {10, 10, 10, 15};
    private static final String[] LIVING = {"ALONE", "WITH_SPOUSE", "WITH_CHILDREN", "WITH_OTHERS"};

    private final Random random;
    private final LocalDate today;
    private final List<String> villages;
    private final double[] cumulativeWeight;
    private final Set<String> issued = new HashSet<>();

    /** {@code villagesByLeague}: league prefix (4 digits) → its village codes. */
    SyntheticElders(Map<String, List<String>> villagesByLeague, LocalDate today, long seed) {
        this.random = new Random(seed);
        this.today = today;
        this.villages = villagesByLeague.values().stream().flatMap(List::stream)
                .filter(v -> !NOT_ADDRESS_CODES.contains(v.substring(0, 6))).toList();
        this.cumulativeWeight = new double[villages.size()];
        double total = 0;
        for (int i = 0; i < villages.size(); i++) {
            String league = villages.get(i).substring(0, 4);
            total += LEAGUE_POPULATION.getOrDefault(league, 1.0)
                    / villagesByLeague.getOrDefault(league, List.of("x")).size();
            cumulativeWeight[i] = total;
        }
        for (int i = 0; i < cumulativeWeight.length; i++) {
            cumulativeWeight[i] /= total;
        }
    }

    /** One elder as an import row (column name → value), with a unique ID number. */
    Map<String, String> next() {
        String village = village();
        LocalDate birth = birthDate();
        String idNumber;
        do {
            String first17 = village.substring(0, 6) + birth.getYear() + twoDigits(birth.getMonthValue())
                    + twoDigits(birth.getDayOfMonth()) + threeDigits(random.nextInt(1000));
            idNumber = first17 + IdNumber.checkCharacter(first17);
        } while (!issued.add(idNumber));
        Map<String, String> row = new LinkedHashMap<>();
        row.put("name", name());
        row.put("idNumber", idNumber);
        row.put("phone", "1" + (3 + random.nextInt(7)) + threeDigits(random.nextInt(1000))
                + threeDigits(random.nextInt(1000)) + threeDigits(random.nextInt(1000)));
        row.put("address", "示例路 " + (1 + random.nextInt(300)) + " 号");
        row.put("divisionCode", village);
        row.put("livingSituation", LIVING[random.nextInt(LIVING.length)]);
        row.put("emptyNest", Boolean.toString(random.nextInt(4) == 0));
        row.put("leftBehind", Boolean.toString(random.nextInt(10) == 0));
        row.put("categories", random.nextInt(8) == 0 ? "MINIMUM_LIVING" : "");
        return row;
    }

    // String.format is slow enough to show in an import benchmark; these run for every generated row.
    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String threeDigits(int n) {
        return n < 10 ? "00" + n : n < 100 ? "0" + n : Integer.toString(n);
    }

    private String village() {
        double x = random.nextDouble();
        int lo = 0;
        int hi = cumulativeWeight.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulativeWeight[mid] < x) lo = mid + 1; else hi = mid;
        }
        return villages.get(lo);
    }

    private LocalDate birthDate() {
        double x = random.nextDouble();
        int band = 0;
        while (x > AGE_SHARE[band]) band++;
        int age = AGE_FROM[band] + random.nextInt(AGE_SPAN[band]);
        return today.minusYears(age).minusDays(1 + random.nextInt(364));
    }

    private String name() {
        if (random.nextInt(5) == 0) {
            return MONGOLIAN[random.nextInt(MONGOLIAN.length)] + (random.nextBoolean() ? "" : MONGOLIAN[random.nextInt(MONGOLIAN.length)]);
        }
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }
}
