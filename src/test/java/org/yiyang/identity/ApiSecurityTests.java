package org.yiyang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.ApiTokens;

@IntegrationTest
class ApiSecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountAdministration administration;

    @Autowired
    JdbcClient jdbc;

    @Test
    void answersAnApiRequestWithoutCredentialsWith401JsonNeverARedirect() throws Exception {
        mvc.perform(get("/api/v1/accounts"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString("Bearer")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer ", "Bearer abc", "Basic YWRtaW46eA==", "Bearer yy_short",
            "Bearer yy_!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"})
    void refusesAMalformedTokenWith401InTheCallersLanguageAndAuditsIt(String authorization) throws Exception {
        long before = rejectedTokens();
        mvc.perform(get("/api/v1/accounts").header("Authorization", authorization).header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The API token is malformed."));
        assertThat(rejectedTokens()).isEqualTo(before + 1);
    }

    @Test
    void acceptsAnIssuedTokenUntilItIsRevoked() throws Exception {
        String regulator = TestAccounts.create(administration, Role.REGULATOR, "152200000000");
        var issued = tokens.issue(TestAccounts.REGION_ADMIN, regulator, "hotline system", 30);
        assertThat(issued.secret()).startsWith("yy_").hasSize(46);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_api_token WHERE token_hash = :s")
                .param("s", issued.secret()).query(Long.class).single()).as("secret is not stored").isZero();

        mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].divisionCode", everyItem(startsWith("1522"))));

        tokens.revoke(TestAccounts.REGION_ADMIN, issued.id());
        mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("已被吊销")));
    }

    @Test
    void refusesATokenWhoseRoleMayNotUseTheEndpointWith403Json() throws Exception {
        String elder = TestAccounts.create(administration, Role.ELDER, "152221000000");
        var issued = tokens.issue(TestAccounts.REGION_ADMIN, elder, "elder app", null);
        mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void keepsTheHealthEndpointOpenAndMetricsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        String admin = TestAccounts.create(administration, Role.ADMIN, "150000000000");
        var issued = tokens.issue(TestAccounts.REGION_ADMIN, admin, "prometheus", null);
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void describesTheApiInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/divisions/{code}/children']").exists());
    }

    private long rejectedTokens() {
        return jdbc.sql("SELECT COUNT(*) FROM identity_audit_event WHERE action = 'API_TOKEN_REJECTED'")
                .query(Long.class).single();
    }
}
