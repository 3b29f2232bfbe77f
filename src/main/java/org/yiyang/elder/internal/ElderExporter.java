package org.yiyang.elder.internal;

import org.yiyang.shared.ChinaTime;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiyang.elder.ElderQuery;
import org.yiyang.identity.AuditTrail;
import org.yiyang.identity.AuditTrail.AuditEntry;
import org.yiyang.identity.Viewer;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionScope;

/**
 * Export of a filtered registry list to Excel (导出), for the registry keepers (regulator, operator). The same
 * filters as the list, always within the viewer's division; ID numbers and phones only masked, for every role; at
 * most {@value #MAX_ROWS} rows. Rows stream from the database (a cursor) into a streaming workbook, so memory
 * stays flat whatever the size; each export is written to the audit trail.
 */
@Component
public class ElderExporter {

    public static final int MAX_ROWS = 100_000;
    private static final int CHUNK = 1_000;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final TransactionTemplate readOnly;
    private final ElderReader reader;
    private final DivisionDirectory divisions;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;
    private int maxRows = MAX_ROWS;

    ElderExporter(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager,
                  ElderReader reader, DivisionDirectory divisions, MessageSource messages, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(CHUNK);
        this.streaming = JdbcClient.create(cursor);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.reader = reader;
        this.divisions = divisions;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The most rows one export holds. */
    public int maxRows() {
        return maxRows;
    }

    /** How many elders the export of {@code query} would hold; throws for a role or division not the viewer's. */
    public long count(Viewer viewer, ElderQuery query) {
        var filter = filter(viewer, query);
        return filter.scope().bind(jdbc.sql("SELECT COUNT(*) FROM elder_person p WHERE " + filter.where()))
                .params(filter.params()).query(Long.class).single();
    }

    /** Writes the workbook; answers the number of rows written. */
    public int write(Viewer viewer, ElderQuery query, Locale locale, OutputStream out) throws IOException {
        var filter = filter(viewer, query);
        var sheet = new ElderSheet(messages, locale, today());
        try (SXSSFWorkbook workbook = sheet.workbook()) {
            Integer rows = readOnly.execute(status -> stream(filter, sheet));
            workbook.write(out);
            workbook.dispose();
            audit.record(AuditEntry.success(viewer.username(), "ELDERS_EXPORTED", "elder-export")
                    .inDivision(filter.scope().root().value()).withDetail("rows=" + rows));
            return rows == null ? 0 : rows;
        }
    }

    private int stream(Filter filter, ElderSheet sheet) {
        List<ElderSheet.Row> chunk = new ArrayList<>(CHUNK);
        int[] written = {0};
        filter.scope().bind(streaming.sql("""
                        SELECT p.id, p.name, p.id_number_masked, p.sex, p.birth_date, p.division_code,
                               p.household_division_code, p.phone_masked, p.living_situation, p.empty_nest,
                               p.left_behind, p.disability_grade, p.chronic_conditions, p.status, p.capability_level
                        FROM elder_person p WHERE %s ORDER BY p.division_code, p.name, p.id LIMIT :limit"""
                        .formatted(filter.where())))
                .params(filter.params()).param("limit", maxRows)
                .query((ResultSet rs) -> {
                    chunk.add(row(rs));
                    if (chunk.size() == CHUNK) {
                        written[0] += flush(chunk, sheet);
                    }
                });
        written[0] += flush(chunk, sheet);
        return written[0];
    }

    private int flush(List<ElderSheet.Row> chunk, ElderSheet sheet) {
        if (chunk.isEmpty()) {
            return 0;
        }
        Map<Long, List<String>> categories = new LinkedHashMap<>();
        jdbc.sql("SELECT elder_id, category FROM elder_category WHERE elder_id IN (:ids) ORDER BY elder_id, category")
                .param("ids", chunk.stream().map(ElderSheet.Row::id).toList())
                .query((ResultSet rs) -> {
                    categories.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<String, String> names = divisions.names(chunk.stream().map(ElderSheet.Row::divisionCode).distinct().toList());
        try {
            for (ElderSheet.Row row : chunk) {
                sheet.add(row, categories.getOrDefault(row.id(), List.of()), names.getOrDefault(row.divisionCode(), ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = chunk.size();
        chunk.clear();
        return n;
    }

    private static ElderSheet.Row row(ResultSet rs) throws SQLException {
        return new ElderSheet.Row(rs.getLong("id"), rs.getString("name"), rs.getString("id_number_masked"),
                rs.getString("sex"), rs.getObject("birth_date", LocalDate.class), rs.getString("division_code"),
                rs.getString("household_division_code"), rs.getString("phone_masked"),
                rs.getString("living_situation"), rs.getBoolean("empty_nest"), rs.getBoolean("left_behind"),
                rs.getObject("disability_grade", Integer.class), rs.getString("chronic_conditions"),
                rs.getString("status"), rs.getString("capability_level"));
    }

    private record Filter(DivisionScope scope, String where, Map<String, Object> params) {
    }

    private Filter filter(Viewer viewer, ElderQuery query) {
        if (!ElderRegistryService.EDITORS.contains(viewer.role())) {
            throw new AccessDeniedException("Role " + viewer.role() + " may not export the registry");
        }
        DivisionScope scope = viewer.scope();
        if (query.divisionCode() != null && !query.divisionCode().isBlank()) {
            var code = divisions.require(query.divisionCode()).divisionCode();
            viewer.requireWithin(code);
            scope = DivisionScope.of(code);
        }
        StringBuilder where = new StringBuilder(scope.where("p.division_code"));
        Map<String, Object> params = new LinkedHashMap<>();
        reader.filter(where, params, query, today());
        return new Filter(scope, where.toString(), params);
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
