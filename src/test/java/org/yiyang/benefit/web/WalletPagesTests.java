package org.yiyang.benefit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.TestClock;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.benefit.internal.WalletScenario;
import org.yiyang.elder.ElderAccounts;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.ApiTokens;
import org.yiyang.identity.internal.PasswordChangeGate;
import org.yiyang.service.OrderDesk;
import org.yiyang.service.OrderRequest;
import org.yiyang.service.ServiceFixtures;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/** The elder's own wallet page and API (elder, linked family, nobody else) and the points award page. */
@IntegrationTest
class WalletPagesTests {

    @Autowired MockMvc mvc;
    @Autowired ServiceFixtures orders;
    @Autowired OrderDesk desk;
    @Autowired AccountAdministration administration;
    @Autowired ElderAccounts elderAccounts;
    @Autowired FamilyLinks links;
    @Autowired ApiTokens tokens;
    @Autowired TestClock clock;
    @Autowired ApplicationContext context;

    WalletScenario wallets;
    ServiceFixtures.Elder elder;
    String elderAccount;
    Programme subsidy;
    Programme points;
    long order;

    @BeforeEach
    void anElderWithSubsidyPointsAndAPaidOrder() {
        wallets = WalletScenario.of(context);
        elder = orders.elderOnFile();
        elderAccount = TestAccounts.create(administration, Role.ELDER, ServiceFixtures.BANNER);
        elderAccounts.assign(ServiceFixtures.BANNER_OPERATOR, elder.id(), elderAccount);
        subsidy = wallets.programme(ProgrammeKind.SERVICE_SUBSIDY, Payout.SUBSIDY_WALLET, RuleAmounts.monthly(Money.ofFen(5_000)));
        points = wallets.pointsProgrammeLeavingOutTheNeighbours(10);
        wallets.enrol(subsidy, elder.id());
        wallets.enrol(points, elder.id());
        wallets.credit(subsidy, elder.id(), 5_000);
        wallets.credit(points, elder.id(), 15);
        order = desk.place(ServiceFixtures.BANNER_OPERATOR, new OrderRequest(elder.id(), orders.offering(ServiceItem.BATHING,
                "40", 5).id(), ServiceFixtures.tomorrowAt(clock, "09:00"), 1, null), ServiceFixtures.key()).orderId();
        wallets.markDone(order);
        desk.pay(ServiceFixtures.BANNER_OPERATOR, order, "CASH");
    }

    @Test
    void theElderSeesEachPurseApartAndWhatEveryEntryWas() throws Exception {
        MockHttpSession session = signIn(elderAccount);

        mvc.perform(get("/benefit/my").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"purse-SUBSIDY\"")))
                .andExpect(content().string(containsString("¥10.00")))
                .andExpect(content().string(containsString("15 分")))
                .andExpect(content().string(containsString(subsidy.name())))
                .andExpect(content().string(containsString("支付服务订单")))
                .andExpect(content().string(containsString("/orders/" + order)))
                .andExpect(content().string(containsString("支出 ¥40.00")))
                .andExpect(content().string(containsString("收入 ¥50.00")))
                .andExpect(content().string(containsString("wallet-enrolments")));
        mvc.perform(get("/benefit/my").session(session).header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(content().string(containsString("wallet-entries")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/benefit/my").session(session).param("elder", String.valueOf(orders.elder())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aLinkedFamilyMemberSeesTheWalletAndAnyoneElseIsRefused() throws Exception {
        MockHttpSession family = signIn(orders.linkedFamily(administration, links, elder));

        mvc.perform(get("/benefit/my").session(family).param("elder", String.valueOf(elder.id())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("¥10.00")));
        mvc.perform(get("/benefit/my").session(family))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"purse-POINTS\"")));
        MockHttpSession stranger = signIn(TestAccounts.create(administration, Role.FAMILY, ServiceFixtures.BANNER));
        mvc.perform(get("/benefit/my").session(stranger).param("elder", String.valueOf(elder.id())))
                .andExpect(status().isNotFound()).andExpect(content().string(not(containsString("¥10.00"))));
        mvc.perform(get("/benefit/my").session(stranger)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/my/elders/request")));
        mvc.perform(get("/benefit/my").session(signIn("operator"))).andExpect(status().isForbidden());
    }

    @Test
    void theApiAnswersTheElderAndNobodyElse() throws Exception {
        String elderToken = "Bearer " + tokens.issue(TestAccounts.REGION_ADMIN, elderAccount, "app", null).secret();
        String strangerToken = "Bearer " + tokens.issue(TestAccounts.REGION_ADMIN,
                TestAccounts.create(administration, Role.FAMILY, ServiceFixtures.BANNER), "app", null).secret();

        mvc.perform(get("/api/v1/benefit/elders/{id}/wallet", elder.id()).header("Authorization", elderToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.purses[1].purse").value("SUBSIDY"))
                .andExpect(jsonPath("$.purses[1].amount").value(1_000))
                .andExpect(jsonPath("$.purses[3].purse").value("POINTS"))
                .andExpect(jsonPath("$.purses[3].amount").value(15))
                .andExpect(jsonPath("$.entries[0].kind").value("ORDER_PAYMENT"))
                .andExpect(jsonPath("$.entries[0].orderId").value(order));
        mvc.perform(get("/api/v1/benefit/elders/{id}/wallet", elder.id()).header("Authorization", strangerToken))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("wallet.error.walletNotFound"));
    }

    @Test
    void anOperatorAwardsPointsOnceAndIsToldWhyWhenRefused() throws Exception {
        MockHttpSession operator = signIn("operator");
        mvc.perform(get("/benefit/points/award").session(operator).param("programme", String.valueOf(points.id())))
                .andExpect(status().isOk()).andExpect(content().string(containsString(points.name())));
        String key = ServiceFixtures.key();

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/benefit/points/award").session(operator).with(csrf())
                            .param("programmeId", String.valueOf(points.id())).param("elderId", String.valueOf(elder.id()))
                            .param("points", "25").param("reason", "VOLUNTEERING").param("note", "重阳节")
                            .param("idempotencyKey", key))
                    .andExpect(redirectedUrl("/benefit/points/award?programme=" + points.id()))
                    .andExpect(flash().attributeExists("awarded"));
        }
        assertThat(wallets.wallet(points, elder.id())).isEqualTo(40);

        mvc.perform(post("/benefit/points/award").session(operator).with(csrf())
                        .param("programmeId", String.valueOf(points.id())).param("elderId", String.valueOf(orders.elderNextDoor()))
                        .param("points", "25").param("reason", "ACTIVITY").param("note", "")
                        .param("idempotencyKey", ServiceFixtures.key()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("这位老人没有享受这个积分项目")))
                .andExpect(content().string(containsString("value=\"25\"")));
        mvc.perform(get("/benefit/points/award").session(signIn(elderAccount))).andExpect(status().isForbidden());
    }

    MockHttpSession signIn(String username) throws Exception {
        String password = username.contains("-") ? TestAccounts.PASSWORD : "Yiyang@2026";
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", password).with(csrf())).andReturn().getRequest().getSession();
        session.removeAttribute(PasswordChangeGate.REQUIRED);
        return session;
    }
}
