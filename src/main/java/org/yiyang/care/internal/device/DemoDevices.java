package org.yiyang.care.internal.device;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.yiyang.elder.ElderQuery;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.ElderSummary;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.DivisionCode;

/**
 * Demo mode: one device of every kind for the first demo elders ({@code DEMO-<KIND>-1}), and, when
 * {@code yiyang.care.device.bench-devices} is above zero, that many simulator devices {@code BENCH-00001 …} bound to
 * the demo elders in turn; then every start gives all of them new secrets in one batch and writes code, secret and
 * kind into {@code yiyang.care.device.bench-file} for bench/devices.sh (demo data only: a real installation shows a
 * secret once, on the registration page). Without bench devices the demo devices get a secret on their page.
 */
@Component
@Order(90)
@ConditionalOnProperty(name = "yiyang.demo.enabled", havingValue = "true")
class DemoDevices implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDevices.class);

    private final ElderRegistry elders;
    private final DeviceSecrets secrets;
    private final JdbcTemplate jdbc;
    private final DeviceSettings settings;
    private final Clock clock;
    private final Viewer system;

    DemoDevices(ElderRegistry elders, DeviceSecrets secrets, JdbcTemplate jdbc, DeviceSettings settings, Clock clock,
                @org.springframework.beans.factory.annotation.Value("${yiyang.demo.division}") String banner) {
        this.elders = elders;
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.system = new Viewer(0, "demo", "demo", Role.OPERATOR, DivisionCode.of(banner));
    }

    record Seeded(String code, DeviceKind kind, String secret) {
    }

    @Override
    public void run(ApplicationArguments args) {
        List<ElderSummary> demoElders = elders.search(system, ElderQuery.all(), 0, 30).items();
        if (demoElders.isEmpty()) {
            return;
        }
        List<Seeded> devices = new ArrayList<>();
        DeviceKind[] kinds = DeviceKind.values();
        for (int i = 0; i < kinds.length; i++) {
            devices.add(new Seeded("DEMO-" + kinds[i].name().replace('_', '-') + "-1", kinds[i], secrets.newSecret()));
        }
        for (int i = 1; i <= settings.benchDevices(); i++) {
            devices.add(new Seeded(String.format("BENCH-%05d", i), kinds[i % kinds.length], secrets.newSecret()));
        }
        seed(devices, demoElders);
        if (settings.benchDevices() > 0 && settings.benchFile() != null && !settings.benchFile().isBlank()) {
            renewSecrets(devices);
            write(devices, Path.of(settings.benchFile()));
            log.info("DEMO MODE: {} devices with fresh secrets in {}", devices.size(), settings.benchFile());
        }
    }

    private void seed(List<Seeded> devices, List<ElderSummary> demoElders) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("""
                        INSERT INTO care_device (code, kind, secret_hash, elder_id, division_code, placement,
                            last_activity_at, registered_at, registered_by, bound_at, bound_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?, 'demo') ON CONFLICT DO NOTHING""", devices, 1000,
                (ps, d) -> {
                    ElderSummary elder = demoElders.get(Math.floorMod(d.code().hashCode(), demoElders.size()));
                    ps.setString(1, d.code());
                    ps.setString(2, d.kind().name());
                    ps.setString(3, secrets.hash(d.secret()));
                    ps.setLong(4, elder.id());
                    ps.setString(5, elder.divisionCode());
                    ps.setString(6, d.code().startsWith("DEMO") ? "演示" : "压测");
                    ps.setTimestamp(7, now);
                    ps.setTimestamp(8, now);
                    ps.setTimestamp(9, now);
                });
    }

    private void renewSecrets(List<Seeded> devices) {
        jdbc.batchUpdate("UPDATE care_device SET secret_hash = ? WHERE code = ? AND registered_by = 'demo'", devices,
                1000, (ps, d) -> {
                    ps.setString(1, secrets.hash(d.secret()));
                    ps.setString(2, d.code());
                });
    }

    private static void write(List<Seeded> devices, Path file) {
        StringBuilder csv = new StringBuilder("code,secret,kind\n");
        devices.forEach(d -> csv.append(d.code()).append(',').append(d.secret()).append(',').append(d.kind()).append('\n'));
        try {
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path temporary = Files.createTempFile(absolute.getParent(), "devices", ".csv");
            Files.writeString(temporary, csv);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
