package org.yiyang.benefit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiyang.benefit.EnrolmentMode;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.ProgrammeDraft;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.ProgrammeStatus;
import org.yiyang.benefit.Programmes;
import org.yiyang.benefit.RuleDraft;
import org.yiyang.benefit.RuleDraft.Band;
import org.yiyang.benefit.RuleDraft.Row;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceCategory;
import org.yiyang.shared.ServiceItem;

/**
 * Demo mode: the six kinds of programme the policies name, for the demo banner, its league and the region, each
 * active with a published rule in effect since the first of January and its budget allocated. A programme whose
 * code exists already is left alone, so a restart adds nothing.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "yiyang.demo.enabled", havingValue = "true")
class DemoProgrammes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProgrammes.class);
    private static final List<String> ECONOMICALLY_DIFFICULT = List.of("EXTREME_POVERTY", "MINIMUM_LIVING", "LOW_INCOME");
    private static final Viewer SYSTEM = new Viewer(0, "demo", "demo", Role.ADMIN, DivisionCode.INNER_MONGOLIA);

    private final Programmes programmes;
    private final ProgrammeStore store;
    private final DivisionDirectory divisions;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final DivisionCode banner;

    DemoProgrammes(Programmes programmes, ProgrammeStore store, DivisionDirectory divisions, TransactionTemplate tx,
                   Clock clock, @Value("${yiyang.demo.division}") String banner) {
        this.programmes = programmes;
        this.store = store;
        this.divisions = divisions;
        this.tx = tx;
        this.clock = clock;
        this.banner = DivisionCode.of(banner);
    }

    private record Demo(ProgrammeDraft programme, RuleDraft rule) {
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (Demo demo : demos()) {
            if (store.findByCode(demo.programme().code()).isEmpty()) {
                tx.executeWithoutResult(status -> {
                    long id = programmes.create(SYSTEM, demo.programme());
                    long rule = programmes.createRule(SYSTEM, id, demo.rule());
                    programmes.publishRule(SYSTEM, id, rule, true);
                    programmes.changeStatus(SYSTEM, id, store.find(id).orElseThrow().version(), ProgrammeStatus.ACTIVE);
                });
                created++;
            }
        }
        if (created > 0) {
            log.info("DEMO MODE: defined {} demo subsidy programmes for {}", created, banner);
        }
    }

    private List<Demo> demos() {
        DivisionCode league = DivisionCode.of(banner.value().substring(0, 4) + "00000000");
        DivisionCode region = DivisionCode.of(banner.value().substring(0, 2) + "0000000000");
        LocalDate from = ChinaTime.today(clock).withDayOfYear(1);
        List<String> nursing = ServiceItem.of(ServiceCategory.BASIC_NURSING).stream().map(ServiceItem::name).toList();
        return List.of(
                demo("DEMO-GLJT-" + region.prefix(), ProgrammeKind.HIGH_AGE_ALLOWANCE, region, "高龄津贴", "自治区财政专项资金",
                        "50000000", Payout.BANK, EnrolmentMode.AUTOMATIC, rule(from,
                                List.of(new Row("AGE", "AT_LEAST", List.of("80"))), "", List.of(new Band("80", "100"),
                                        new Band("90", "200"), new Band("100", "500")), List.of(), "",
                                "80 周岁及以上按月发放，按年龄分档（演示标准）。")),
                demo("DEMO-FWBT-" + league.prefix(), ProgrammeKind.SERVICE_SUBSIDY, league, "养老服务补贴", "盟本级财政",
                        "3000000", Payout.SUBSIDY_WALLET, EnrolmentMode.PROPOSED, rule(from,
                                List.of(new Row("CATEGORY", "ANY_OF", ECONOMICALLY_DIFFICULT)), "100", List.of(), List.of(), "",
                                "特困、低保、低收入老年人每月购买养老服务的补贴，经审核纳入。")),
                demo("DEMO-HLBT-" + league.prefix(), ProgrammeKind.CARE_SUBSIDY, league, "护理补贴", "盟本级财政",
                        "2000000", Payout.BANK, EnrolmentMode.AUTOMATIC, rule(from,
                                List.of(new Row("CAPABILITY_LEVEL", "AT_LEAST", List.of("MODERATE")),
                                        new Row("CATEGORY", "ANY_OF", ECONOMICALLY_DIFFICULT)), "300", List.of(), List.of(), "",
                                "能力中度受损及以上、且经济困难的老年人。")),
                demo("DEMO-RZBT-" + banner.prefix(), ProgrammeKind.RESIDENCE_SUBSIDY, banner, "入住补贴", "旗本级财政",
                        "1000000", Payout.SUBSIDY_WALLET, EnrolmentMode.PROPOSED, rule(from,
                                List.of(new Row("CAPABILITY_LEVEL", "AT_LEAST", List.of("SEVERE")),
                                        new Row("CATEGORY", "ANY_OF", ECONOMICALLY_DIFFICULT)), "500", List.of(), nursing, "",
                                "是否入住机构不在老年人信息库中：规则选出重度失能的经济困难老人，民政人员核实已入住机构后批准；"
                                        + "补贴只能用于机构的生活护理等照护服务，抵顶床位费中的照护费用。")),
                demo("DEMO-ZCBT-" + banner.prefix(), ProgrammeKind.MEAL_SUBSIDY, banner, "助餐补贴", "旗本级财政、村集体和社会捐赠",
                        "500000", Payout.PER_ORDER, EnrolmentMode.AUTOMATIC, meal(from)),
                demo("DEMO-XFJF-" + banner.prefix(), ProgrammeKind.HAPPINESS_POINTS, banner, "幸福积分", "旗本级财政",
                        "100000", Payout.POINTS, EnrolmentMode.AUTOMATIC, rule(from,
                                List.of(new Row("AGE", "AT_LEAST", List.of("60"))), "", List.of(), List.of(), "1",
                                "参加志愿服务和活动积分，1 积分抵 1 分钱，可用于购买服务。")));
    }

    private Demo demo(String code, ProgrammeKind kind, DivisionCode division, String name, String funding, String budgetYuan,
                      Payout payout, EnrolmentMode mode, RuleDraft rule) {
        String divisionName = divisions.find(division).map(d -> d.name()).orElse("");
        return new Demo(new ProgrammeDraft(code, kind, divisionName + name + "（演示）", division, funding,
                Money.parseYuan(budgetYuan), payout, mode), rule);
    }

    private static RuleDraft rule(LocalDate from, List<Row> conditions, String monthly, List<Band> bands,
                                  List<String> items, String fenPerPoint, String note) {
        return new RuleDraft(from.toString(), "", conditions, monthly, bands, "", "", "", "", "", "", items, fenPerPoint,
                note);
    }

    /** A meal of 15 元: the government 5, the village collective 2, donors 1, the provider 2, the elder the rest. */
    private static RuleDraft meal(LocalDate from) {
        return new RuleDraft(from.toString(), "", List.of(new Row("AGE", "AT_LEAST", List.of("60"))), "", List.of(), "", "",
                "5", "2", "1", "2", Arrays.asList(ServiceItem.MEAL.name()), "",
                "一餐 15 元：政府补 5 元，村集体添 2 元，社会捐 1 元，企业让 2 元，老人自付其余。");
    }
}
