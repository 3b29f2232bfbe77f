package org.yiyang.notify.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.notify.Inbox;
import org.yiyang.notify.Notice;
import org.yiyang.notify.Notifier;
import org.yiyang.notify.internal.LiveStreams;

@IntegrationTest
class InboxPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Notifier notifier;

    @Autowired
    Inbox inbox;

    @Autowired
    LiveStreams streams;

    @Autowired
    JdbcClient jdbc;

    private NotifyScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new NotifyScenario(mvc, administration, directory);
    }

    private long noticeId(long accountId, String topic) {
        return jdbc.sql("SELECT id FROM notify_inbox WHERE account_id = :a AND topic = :t")
                .param("a", accountId).param("t", topic).query(Long.class).single();
    }

    @Test
    void theLiveStreamRefusesAnonymousVisitors() throws Exception {
        mvc.perform(get("/live")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theLiveStreamOpensForASignedInAccount() throws Exception {
        var family = scenario.signedIn(Role.FAMILY);
        mvc.perform(get("/live").session(family.session()))
                .andExpect(request().asyncStarted());
        assertThat(streams.openStreams(family.accountId())).isEqualTo(1);
    }

    @Test
    void theInboxListsOnlyTheViewersOwnNoticesNewestFirstInTheirLanguage() throws Exception {
        var family = scenario.signedIn(Role.FAMILY);
        var other = scenario.signedIn(Role.FAMILY);
        notifier.notify(List.of(family.accountId()), new Notice("order:1", "shell.total", List.of("7"), "/orders/1"));
        notifier.notify(List.of(family.accountId()), new Notice("order:2", "shell.pageOf", List.of("2", "9"), "/orders/2"));
        notifier.notify(List.of(other.accountId()), new Notice("order:3", "shell.total", List.of("555"), "/orders/3"));

        String page = mvc.perform(get("/inbox").session(family.session()).cookie(new Cookie("yy_lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("7 in total")))
                .andExpect(content().string(containsString("action=\"/inbox/" + noticeId(family.accountId(), "order:1") + "/read\"")))
                .andExpect(content().string(containsString("2 messages, 2 unread")))
                .andExpect(content().string(containsString("class=\"unread\"")))
                .andExpect(content().string(not(containsString("555 in total"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Page 2 of 9")).isLessThan(page.indexOf("7 in total"));

        mvc.perform(get("/inbox").session(family.session()).header("HX-Request", "true"))
                .andExpect(content().string(containsString("id=\"inbox-rows\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void openingANoticeMarksItReadAndGoesToItsPageButAnotherAccountsNoticeIsNotFound() throws Exception {
        var family = scenario.signedIn(Role.FAMILY);
        var other = scenario.signedIn(Role.FAMILY);
        notifier.notify(List.of(family.accountId()), new Notice("order:5", "shell.total", List.of("1"), "/orders/5"));
        long id = noticeId(family.accountId(), "order:5");

        mvc.perform(post("/inbox/" + id + "/read").session(other.session()).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(inbox.unreadCount(family.accountId())).isEqualTo(1);

        mvc.perform(post("/inbox/" + id + "/read").session(family.session()).with(csrf()))
                .andExpect(redirectedUrl("/orders/5"));
        assertThat(inbox.unreadCount(family.accountId())).isZero();
        mvc.perform(post("/inbox/" + Long.MAX_VALUE + "/read").session(family.session()).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void readAllMarksEveryNoticeOfTheViewerReadAndNoOneElses() throws Exception {
        var family = scenario.signedIn(Role.FAMILY);
        var other = scenario.signedIn(Role.FAMILY);
        notifier.notify(List.of(family.accountId(), other.accountId()), new Notice("o:1", "shell.total", List.of("1"), "/"));
        notifier.notify(List.of(family.accountId()), new Notice("o:2", "shell.total", List.of("2"), "/"));

        mvc.perform(post("/inbox/read-all").session(family.session()).with(csrf()))
                .andExpect(redirectedUrl("/inbox"))
                .andExpect(flash().attribute("notice", "notify.inbox.allRead"));

        assertThat(inbox.unreadCount(family.accountId())).isZero();
        assertThat(inbox.unreadCount(other.accountId())).isEqualTo(1);
    }

    @Test
    void theLayoutShowsTheUnreadBadgeAndLiveMarkerToSignedInAccountsOnly() throws Exception {
        var elder = scenario.signedIn(Role.ELDER);
        notifier.notify(List.of(elder.accountId()), new Notice("o:1", "shell.total", List.of("1"), "/"));
        notifier.notify(List.of(elder.accountId()), new Notice("o:2", "shell.total", List.of("2"), "/"));
        notifier.notify(List.of(elder.accountId()), new Notice("o:3", "shell.total", List.of("3"), "/"));

        mvc.perform(get("/").session(elder.session()))
                .andExpect(content().string(containsString("data-live=\"/live\"")))
                .andExpect(content().string(containsString("/js/live.js")))
                .andExpect(content().string(containsString("id=\"inbox-link\"")))
                .andExpect(content().string(containsString("data-count=\"3\"")))
                .andExpect(content().string(containsString("3 条未读消息")))
                .andExpect(content().string(containsString("id=\"live-announcer\"")));
        mvc.perform(get("/inbox/unread-count").session(elder.session()).header("HX-Request", "true"))
                .andExpect(content().string(containsString("id=\"inbox-badge\"")))
                .andExpect(content().string(containsString("3 条未读消息")))
                .andExpect(content().string(not(containsString("<html"))));

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-live"))))
                .andExpect(content().string(not(containsString("live.js"))))
                .andExpect(content().string(not(containsString("inbox-badge"))))
                .andExpect(content().string(not(containsString("live-announcer"))));
        mvc.perform(get("/inbox")).andExpect(redirectedUrl("/login"));
    }
}
