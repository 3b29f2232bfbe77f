package org.yiyang.provider;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yiyang.provider.TestProviders.create;
import static org.yiyang.provider.TestProviders.north;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.provider.internal.ProviderRegistry;
import org.yiyang.shared.GeoPoint;
import org.yiyang.shared.ServiceItem;

/** The public directory as page and as JSON API, read without signing in. */
@IntegrationTest
class DirectoryPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProviderRegistry registry;

    @Test
    void anyoneFindsProvidersNearAPointThroughTheApiNearestFirst() throws Exception {
        String token = TestProviders.token();
        GeoPoint home = TestProviders.somewhere();
        create(registry, token + " far", ProviderKind.MEAL_POINT, TestProviders.HINGGAN_VILLAGE, north(home, 1200),
                ServiceItem.MEAL);
        long near = create(registry, token + " near", ProviderKind.STREET_CENTRE, TestProviders.HINGGAN_VILLAGE,
                north(home, 250), ServiceItem.MEAL, ServiceItem.BATHING);

        mvc.perform(get("/api/v1/providers").param("q", token).param("item", "MEAL")
                        .param("lat", Double.toString(home.latitude())).param("lng", Double.toString(home.longitude())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.radiusMetres").value(1500))
                .andExpect(jsonPath("$.items[0].id").value(near))
                .andExpect(jsonPath("$.items[0].distanceMetres").value(250))
                .andExpect(jsonPath("$.items[0].services[1]").value("BATHING"))
                .andExpect(jsonPath("$.items[1].name").value(token + " far"));
        mvc.perform(get("/api/v1/providers/" + near))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facts.bedsTotal").value(10))
                .andExpect(jsonPath("$.opens").value("08:00:00"));
    }

    @Test
    void badParametersGetProblemDetailsInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/providers").param("lat", "46.07"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.parameter").value("lat"))
                .andExpect(jsonPath("$.detail").value(containsString("纬度和经度")));
        mvc.perform(get("/api/v1/providers").param("lat", "46.07").param("lng", "122.05").param("radius", "60000")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("radius"))
                .andExpect(jsonPath("$.detail").value(containsString("50000")));
        mvc.perform(get("/api/v1/providers").param("radius", "800")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/providers").param("lat", "91").param("lng", "122")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/providers").param("item", "MASSAGE")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("item"));
        mvc.perform(get("/api/v1/providers").param("division", "159999000000")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/providers").param("size", "500")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/providers").param("elder", "1")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("elder"));
        mvc.perform(get("/api/v1/providers/999999999")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void theDirectoryPageIsPublicAndAnswersHtmxWithTheResultsOnly() throws Exception {
        String token = TestProviders.token();
        GeoPoint home = TestProviders.somewhere();
        create(registry, token + " 助餐点", ProviderKind.MEAL_POINT, TestProviders.HINGGAN_VILLAGE, north(home, 1234));

        mvc.perform(get("/providers"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"provider-filters\"")))
                .andExpect(content().string(containsString("/js/provider-near.js")));
        mvc.perform(get("/providers").param("q", token).param("lat", Double.toString(home.latitude()))
                        .param("lng", Double.toString(home.longitude())).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"provider-results\"")))
                .andExpect(content().string(containsString(token + " 助餐点")))
                .andExpect(content().string(containsString("1.2 公里")))
                .andExpect(content().string(containsString("每天 08:00–20:00")));
        mvc.perform(get("/providers").param("lat", "46").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("纬度和经度要一起填写")));
    }

    @Test
    void aProvidersPublicProfileNeedsNoSignInButASuspendedOneIsNotShown() throws Exception {
        String token = TestProviders.token();
        long id = create(registry, token + " 颐养院", ProviderKind.INSTITUTION, TestProviders.HINGGAN_VILLAGE,
                TestProviders.somewhere(), ServiceItem.PERSONAL_CARE);
        mvc.perform(get("/providers/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(token + " 颐养院")))
                .andExpect(content().string(containsString("生活护理")))
                .andExpect(content().string(containsString("10 张（护理型 4 张）")));
        registry.changeStatus(org.yiyang.TestAccounts.REGION_ADMIN, id, ProviderStatus.SUSPENDED, "整改");
        mvc.perform(get("/providers/" + id)).andExpect(status().isNotFound());
    }
}
