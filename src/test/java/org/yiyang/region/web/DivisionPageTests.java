package org.yiyang.region.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;

@IntegrationTest
class DivisionPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void showsTheChildrenOfADivisionWithItsPathInTheFullLayout() throws Exception {
        mvc.perform(get("/divisions").param("code", "152200000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("科尔沁右翼前旗")))
                .andExpect(content().string(containsString("内蒙古自治区")))
                .andExpect(content().string(containsString("id=\"division-children\"")));
    }

    @Test
    void answersAnHtmxSearchWithTheResultsFragmentOnly() throws Exception {
        mvc.perform(get("/divisions").param("q", "阿尔山").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"division-results\"")))
                .andExpect(content().string(containsString("阿尔山市")));
    }

    @Test
    void searchesByCodePrefix() throws Exception {
        mvc.perform(get("/divisions").param("q", "152221"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("科尔沁右翼前旗")));
    }

    @Test
    void explainsAnUnknownCodeOnA404Page() throws Exception {
        mvc.perform(get("/divisions").param("code", "159999000000"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("没有代码为 159999000000 的区划")));
    }

    @Test
    void pagesThroughSearchResultsKeepingTheQuery() throws Exception {
        mvc.perform(get("/divisions").param("q", "1522").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/divisions?q=1522&amp;page=2\"")))
                .andExpect(content().string(containsString("href=\"/divisions?q=1522&amp;page=0\"")));
    }
}
