package org.yiyang.region.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Types;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the 15,938 divisions of Inner Mongolia (National Bureau of Statistics codes, 2023) from the
 * product's own resources, once, as a versioned migration: every node of a cluster sees it done exactly
 * once, and a failed load rolls back with the migration.
 */
@Component
class LoadDivisionsMigration implements JavaMigration {

    static final String RESOURCE = "region/divisions-150000.csv";
    private static final int BATCH = 1000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("1.1");
    }

    @Override
    public String getDescription() {
        return "load divisions of Inner Mongolia";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        String sql = "INSERT INTO region_division (code, name, division_level, parent_code) VALUES (?, ?, ?, ?)";
        try (var reader = new BufferedReader(new InputStreamReader(
                     new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8));
             PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("code,name,level,parent_code")) {
                throw new IllegalStateException("Unexpected header in " + RESOURCE);
            }
            int pending = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                insert.setString(1, f[0]);
                insert.setString(2, f[1]);
                insert.setInt(3, Integer.parseInt(f[2]));
                if (f[3].isEmpty()) {
                    insert.setNull(4, Types.VARCHAR);
                } else {
                    insert.setString(4, f[3]);
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
