package org.yiyang.notify.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.TestAccounts;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.PasswordChangeGate;

/** Fresh signed-in accounts for the notify page tests. */
record NotifyScenario(MockMvc mvc, AccountAdministration administration, AccountDirectory directory) {

    static final String BANNER = "152221000000";

    record Person(long accountId, String username, MockHttpSession session) {
    }

    Person signedIn(Role role) throws Exception {
        String username = TestAccounts.create(administration, role, BANNER);
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", TestAccounts.PASSWORD).with(csrf())).andReturn().getRequest().getSession();
        session.removeAttribute(PasswordChangeGate.REQUIRED);
        return new Person(directory.findByUsername(username).orElseThrow().id(), username, session);
    }
}
