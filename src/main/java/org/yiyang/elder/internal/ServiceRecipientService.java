package org.yiyang.elder.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.elder.CapabilityLevel;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.ElderStatus;
import org.yiyang.elder.LivingSituation;
import org.yiyang.elder.ServiceRecipient;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.PersonalDataProtection;
import org.yiyang.identity.Viewer;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.GeoPoint;
import org.yiyang.shared.PhoneNumber;

/**
 * Elders as receivers of services: one query for the record and its home position, decrypted for the people who
 * serve the elder. Deliberately neither audited nor logged: it is read on every order and visit, and the callers
 * have their own reason to know (their order, their assigned visit).
 */
@Service
@Transactional(readOnly = true)
class ServiceRecipientService implements ServiceRecipients {

    private static final String RECIPIENT = """
            SELECT p.id, p.name, p.division_code, p.address_enc, p.phone_enc, p.birth_date, p.capability_level,
                   p.living_situation, p.disability_grade, p.chronic_conditions, p.status, h.location_enc
            FROM elder_person p LEFT JOIN elder_home_location h ON h.elder_id = p.id
            WHERE p.id = :id""";

    private final JdbcClient jdbc;
    private final ElderAccess access;
    private final PersonalDataProtection protection;
    private final DivisionDirectory divisions;
    private final MessageSource messages;
    private final Clock clock;

    ServiceRecipientService(JdbcClient jdbc, ElderAccess access, PersonalDataProtection protection,
                            DivisionDirectory divisions, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.protection = protection;
        this.divisions = divisions;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public ServiceRecipient forViewer(Viewer viewer, long elderId) {
        access.require(viewer, elderId);
        return find(elderId).orElseThrow(ElderProblem::notFound);
    }

    @Override
    public Optional<ServiceRecipient> find(long elderId) {
        LocalDate today = ChinaTime.today(clock);
        return jdbc.sql(RECIPIENT).param("id", elderId).query((rs, n) -> recipient(rs, today)).optional();
    }

    @Override
    public List<PhoneNumber> emergencyPhones(long elderId) {
        return jdbc.sql("SELECT phone_enc FROM elder_contact WHERE elder_id = :elder AND retired = FALSE ORDER BY priority, id")
                .param("elder", elderId).query(String.class).list().stream()
                .map(sealed -> PhoneNumber.parse(protection.decrypt(sealed))).toList();
    }

    @Override
    public Optional<Long> ownElderId(Viewer elder) {
        return access.ownElderId(elder);
    }

    @Override
    public List<Long> accountsToNotify(long elderId) {
        List<Long> ids = jdbc.sql("""
                        SELECT account_id, 0 AS kind FROM elder_account WHERE elder_key = :id
                        UNION ALL
                        SELECT family_account_id, 1 AS kind FROM elder_family_link WHERE elder_id = :id AND status = 'CONFIRMED'
                        ORDER BY 2, 1""")
                .param("id", elderId).query((rs, n) -> rs.getLong(1)).list();
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    @Override
    public Map<Long, List<Long>> accountsToNotify(Collection<Long> elderIds) {
        if (elderIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, LinkedHashSet<Long>> accounts = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT elder_key, account_id, 0 AS kind FROM elder_account WHERE elder_key IN (:ids)
                        UNION ALL
                        SELECT elder_id, family_account_id, 1 AS kind FROM elder_family_link
                        WHERE elder_id IN (:ids) AND status = 'CONFIRMED'
                        ORDER BY 1, 3, 2""")
                .param("ids", elderIds)
                .query((ResultSet rs) -> {
                    accounts.computeIfAbsent(rs.getLong(1), id -> new LinkedHashSet<>()).add(rs.getLong(2));
                });
        Map<Long, List<Long>> result = new LinkedHashMap<>();
        accounts.forEach((elder, ids) -> result.put(elder, List.copyOf(ids)));
        return result;
    }

    private ServiceRecipient recipient(ResultSet rs, LocalDate today) throws SQLException {
        String division = rs.getString("division_code");
        String address = rs.getString("address_enc");
        String phone = rs.getString("phone_enc");
        String home = rs.getString("location_enc");
        String level = rs.getString("capability_level");
        LocalDate birth = rs.getObject("birth_date", LocalDate.class);
        return new ServiceRecipient(rs.getLong("id"), rs.getString("name"), DivisionCode.of(division),
                divisions.names(List.of(division)).getOrDefault(division, ""),
                address == null ? null : protection.decrypt(address),
                home == null ? null : GeoPoint.parse(protection.decrypt(home)),
                phone == null ? null : PhoneNumber.parse(protection.decrypt(phone)),
                Period.between(birth, today).getYears(), level == null ? null : CapabilityLevel.valueOf(level),
                needs(LivingSituation.valueOf(rs.getString("living_situation")),
                        rs.getObject("disability_grade", Integer.class), rs.getString("chronic_conditions")),
                ElderStatus.valueOf(rs.getString("status")));
    }

    /** What a caregiver should know at the door, in the caller's language; null when nothing is recorded. */
    private String needs(LivingSituation living, Integer disabilityGrade, String chronicConditions) {
        var locale = LocaleContextHolder.getLocale();
        List<String> parts = new ArrayList<>();
        if (living == LivingSituation.ALONE) {
            parts.add(messages.getMessage(living.messageKey(), null, locale));
        }
        if (disabilityGrade != null) {
            parts.add(messages.getMessage("elder.needs.disability", new Object[] {disabilityGrade}, locale));
        }
        if (chronicConditions != null && !chronicConditions.isBlank()) {
            parts.add(messages.getMessage("elder.needs.chronic", new Object[] {chronicConditions.strip()}, locale));
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }
}
