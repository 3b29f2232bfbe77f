package org.yiyang.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiyang.IntegrationTest;
import org.yiyang.care.internal.bed.BedDesk;
import org.yiyang.care.internal.device.DeviceDraft;
import org.yiyang.care.internal.device.DeviceKind;
import org.yiyang.care.internal.device.DeviceProblem;
import org.yiyang.care.internal.device.DeviceQueries;
import org.yiyang.care.internal.device.DeviceRegistry;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.service.ServiceFixtures;

/** Devices in a family care bed: bound to the elder's open bed by default, never to another elder's, listed on it. */
@IntegrationTest
class DeviceBedTests {

    @Autowired MockMvc mvc;
    @Autowired ServiceFixtures fixtures;
    @Autowired BedDesk desk;
    @Autowired ServiceRecipients elders;
    @Autowired Clock clock;
    @Autowired DeviceRegistry registry;
    @Autowired DeviceQueries queries;

    @Test
    void aDeviceOfAnElderWithABedIsInstalledInItAndShownOnTheBedsPage() throws Exception {
        BedScenario scenario = new BedScenario(fixtures, desk, elders, clock);
        long elder = fixtures.elder();
        long bed = desk.register(scenario.provider(), scenario.draft(elder));
        var device = registry.register(scenario.regulator(),
                new DeviceDraft(DeviceKind.BED_SENSOR, code(), elder, null, "卧室"));
        assertThat(queries.find(scenario.regulator(), device.id()).bedId()).isEqualTo(bed);

        long stranger = fixtures.elder();
        assertThatThrownBy(() -> registry.register(scenario.regulator(),
                new DeviceDraft(DeviceKind.SOS_BUTTON, code(), stranger, bed, null)))
                .isInstanceOfSatisfying(DeviceProblem.class, p -> assertThat(p.field()).isEqualTo("bedId"));

        MockHttpSession regulator = (MockHttpSession) mvc.perform(post("/login").param("username", "regulator")
                .param("password", "Yiyang@2026").with(csrf())).andReturn().getRequest().getSession();
        mvc.perform(get("/care/devices/new").param("bedId", Long.toString(bed)).session(regulator))
                .andExpect(content().string(containsString("value=\"" + bed + "\"")))
                .andExpect(content().string(containsString("value=\"" + elder + "\"")));
        assertThat(queries.forBed(bed)).extracting(r -> r.code()).containsExactly(device.code());
    }

    private static String code() {
        return "BED-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
