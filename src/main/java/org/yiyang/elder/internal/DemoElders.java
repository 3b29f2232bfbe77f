package org.yiyang.elder.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.elder.ElderDraft;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.LivingSituation;
import org.yiyang.elder.SpecialCategory;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.region.Division;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.IdNumber;

/** Demo mode: a small registry of invented elders in the villages of the demo banner (all data fictitious). */
@Component
@Order(30)
@ConditionalOnProperty(name = "yiyang.demo.enabled", havingValue = "true")
class DemoElders implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoElders.class);
    private static final List<String> NAMES = List.of("宝音", "乌云其木格", "巴特尔", "其其格", "那仁格日勒", "额尔敦",
            "萨仁高娃", "图门", "王秀英", "李桂兰", "张玉珍", "刘淑芬", "陈德明", "杨福贵", "赵凤兰", "孙长海",
            "阿拉坦仓", "斯琴", "包金山", "白玉兰", "韩志刚", "吴秀梅", "朝鲁", "娜仁花", "孟和", "高娃",
            "周桂芝", "郑国庆", "乌力吉", "哈斯");

    private final ElderRegistry registry;
    private final DivisionDirectory divisions;
    private final JdbcClient jdbc;
    private final DivisionCode banner;

    DemoElders(ElderRegistry registry, DivisionDirectory divisions, JdbcClient jdbc,
               @Value("${yiyang.demo.division}") String banner) {
        this.registry = registry;
        this.divisions = divisions;
        this.jdbc = jdbc;
        this.banner = DivisionCode.of(banner);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM elder_person").query(Long.class).single() > 0) {
            return;
        }
        Viewer system = new Viewer(0, "demo", "demo", Role.OPERATOR, banner);
        List<Division> villages = divisions.children(banner).stream().limit(3)
                .flatMap(township -> divisions.children(township.divisionCode()).stream().limit(4)).toList();
        Random random = new Random(2026);
        for (int i = 0; i < NAMES.size(); i++) {
            String first17 = "152221" + (1926 + random.nextInt(40)) + String.format("%02d%02d%03d",
                    1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
            String idNumber = first17 + IdNumber.checkCharacter(first17);
            registry.register(system, new ElderDraft(NAMES.get(i), idNumber, "1390482" + String.format("%04d", i),
                    "示例地址 " + (i + 1) + " 号", villages.get(i % villages.size()).code(), null,
                    LivingSituation.values()[random.nextInt(4)], random.nextBoolean(), random.nextInt(5) == 0,
                    categories(random), null, random.nextBoolean() ? "高血压" : null));
        }
        log.info("DEMO MODE: registered {} fictitious elders in {}", NAMES.size(), banner);
    }

    private static Set<SpecialCategory> categories(Random random) {
        Set<SpecialCategory> set = EnumSet.noneOf(SpecialCategory.class);
        if (random.nextInt(4) == 0) set.add(SpecialCategory.MINIMUM_LIVING);
        if (random.nextInt(6) == 0) set.add(SpecialCategory.LOW_INCOME);
        if (random.nextInt(10) == 0) set.add(SpecialCategory.LOST_ONLY_CHILD);
        return set;
    }
}
