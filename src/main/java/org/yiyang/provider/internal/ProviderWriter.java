package org.yiyang.provider.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.yiyang.provider.ProviderStatus;
import org.yiyang.shared.ServiceItem;

/** Writes provider rows. Nothing is ever deleted except a provider's service list, which is replaced. */
@Component
class ProviderWriter {

    private final JdbcClient jdbc;

    ProviderWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ValidProvider p, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        bind(jdbc.sql("""
                        INSERT INTO provider_org (name, kind, division_code, address, phone, latitude, longitude,
                            floor_area, beds_total, beds_nursing, childcare_places, operating_model, filing_number,
                            licence_number, open_days, opens, closes, status, created_at, created_by, updated_at,
                            updated_by, version)
                        VALUES (:name, :kind, :division, :address, :phone, :latitude, :longitude, :floorArea,
                            :bedsTotal, :bedsNursing, :childcare, :model, :filing, :licence, :openDays, :opens, :closes,
                            'ACTIVE', :at, :by, :at, :by, 0)"""), p, by, at)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        replaceServices(id, p);
        return id;
    }

    void update(long id, ValidProvider p, String by, Instant at) {
        bind(jdbc.sql("""
                        UPDATE provider_org SET name = :name, kind = :kind, division_code = :division,
                            address = :address, phone = :phone, latitude = :latitude, longitude = :longitude,
                            floor_area = :floorArea, beds_total = :bedsTotal, beds_nursing = :bedsNursing,
                            childcare_places = :childcare, operating_model = :model, filing_number = :filing,
                            licence_number = :licence, open_days = :openDays, opens = :opens, closes = :closes,
                            updated_at = :at, updated_by = :by, version = version + 1
                        WHERE id = :id"""), p, by, at)
                .param("id", id).update();
        jdbc.sql("UPDATE provider_staff SET division_code = :division WHERE provider_id = :id")
                .param("division", p.division().value()).param("id", id).update();
        replaceServices(id, p);
    }

    void changeStatus(long id, ProviderStatus from, ProviderStatus to, String reason, String by, Instant at) {
        jdbc.sql("""
                        UPDATE provider_org SET status = :to, status_reason = :reason, updated_at = :at,
                            updated_by = :by, version = version + 1 WHERE id = :id""")
                .param("to", to.name()).param("reason", reason).param("at", Timestamp.from(at)).param("by", by)
                .param("id", id).update();
        jdbc.sql("""
                        INSERT INTO provider_status_change (provider_id, from_status, to_status, reason, changed_at,
                            changed_by) VALUES (:id, :from, :to, :reason, :at, :by)""")
                .param("id", id).param("from", from.name()).param("to", to.name()).param("reason", reason)
                .param("at", Timestamp.from(at)).param("by", by).update();
    }

    void rate(long id, Integer level, String by, Instant at) {
        jdbc.sql("UPDATE provider_org SET rating_level = :level, updated_at = :at, updated_by = :by WHERE id = :id")
                .param("level", level).param("at", Timestamp.from(at)).param("by", by).param("id", id).update();
    }

    private void replaceServices(long id, ValidProvider p) {
        jdbc.sql("DELETE FROM provider_service WHERE provider_id = :id").param("id", id).update();
        for (ServiceItem item : p.services()) {
            jdbc.sql("INSERT INTO provider_service (provider_id, service_item) VALUES (:id, :item)")
                    .param("id", id).param("item", item.name()).update();
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ValidProvider p, String by, Instant at) {
        return spec.param("name", p.name()).param("kind", p.kind().name()).param("division", p.division().value())
                .param("address", p.address()).param("phone", p.phone())
                .param("latitude", p.location().latitude()).param("longitude", p.location().longitude())
                .param("floorArea", p.floorArea()).param("bedsTotal", p.bedsTotal())
                .param("bedsNursing", p.bedsNursing()).param("childcare", p.childcarePlaces())
                .param("model", p.operatingModel().name()).param("filing", p.filingNumber())
                .param("licence", p.licenceNumber()).param("openDays", OpeningDays.mask(p.hours().days()))
                .param("opens", p.hours().opens()).param("closes", p.hours().closes())
                .param("at", Timestamp.from(at)).param("by", by);
    }
}
