package org.yiyang.region.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;

@IntegrationTest
class DivisionApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listsTheTwelveLeaguesAndCitiesBelowTheRegionWithoutSigningIn() throws Exception {
        mvc.perform(get("/api/v1/divisions/150000000000/children"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(12)))
                .andExpect(jsonPath("$[0].code").value("150100000000"))
                .andExpect(jsonPath("$[0].name").value("呼和浩特市"))
                .andExpect(jsonPath("$[0].level").value(2))
                .andExpect(jsonPath("$[0].parentCode").value("150000000000"))
                .andExpect(jsonPath("$[?(@.name == '兴安盟')].code").value("152200000000"));
    }

    @Test
    void returnsOneDivisionWithItsLevelAndParent() throws Exception {
        mvc.perform(get("/api/v1/divisions/152221000000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("科尔沁右翼前旗"))
                .andExpect(jsonPath("$.level").value(3))
                .andExpect(jsonPath("$.parentCode").value("152200000000"));
    }

    @Test
    void answersAnUnknownCodeWithA404ProblemInChinese() throws Exception {
        mvc.perform(get("/api/v1/divisions/150000000001"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value(containsString("没有代码为 150000000001 的区划")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"15", "1500000000000", "15000000000x", "abc"})
    void answersAMalformedCodeWithA404ProblemInTheCallersLanguage(String code) throws Exception {
        mvc.perform(get("/api/v1/divisions/{code}/children", code).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Division not found"))
                .andExpect(jsonPath("$.detail").value(containsString("12 digits")));
    }

    @Test
    void findsDivisionsByNameWithinASubtree() throws Exception {
        mvc.perform(get("/api/v1/divisions").param("q", "科尔沁").param("within", "152200000000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value("科尔沁右翼前旗"))
                .andExpect(jsonPath("$.items[*].code", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.startsWith("1522"))));
    }
}
