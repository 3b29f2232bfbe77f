#!/usr/bin/env bash
# The registry benchmark of issue 3: imports a synthetic registry of COUNT elders (default 5,000,000) into a fresh
# PostgreSQL database through the real bulk importer, then measures look-up by ID number and a township's list
# page through the registry service, and prints the medians and percentiles. Needs PostgreSQL at 127.0.0.1:5432.
#   bench/registry.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT="${1:-5000000}"
DB="${YIYANG_BENCH_DB:-yiyang_bench}"

mvn -q -B -DskipTests package

# With YIYANG_BENCH_TUNE=1 the server gets the bulk-load settings a DBA would give it for a 4 GB load
# (reloadable, no restart; reset when the benchmark ends): fewer checkpoints, so far fewer full-page
# images in the WAL. Without it the server's own configuration is measured.
if [[ "${YIYANG_BENCH_TUNE:-0}" == 1 ]]; then
    psql -h 127.0.0.1 -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
        -c "ALTER SYSTEM SET max_wal_size = '8GB'" -c "ALTER SYSTEM SET checkpoint_timeout = '30min'" \
        -c "SELECT pg_reload_conf()" > /dev/null
    trap 'psql -h 127.0.0.1 -U postgres -d postgres -q -c "ALTER SYSTEM RESET max_wal_size" \
        -c "ALTER SYSTEM RESET checkpoint_timeout" -c "SELECT pg_reload_conf()" > /dev/null' EXIT
fi
psql -h 127.0.0.1 -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS ${DB}" -c "CREATE DATABASE ${DB}"

# Fixed benchmark keys: the data is synthetic; demo mode off so that only the synthetic registry is measured.
SPRING_PROFILES_ACTIVE=postgres \
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/${DB}" \
SPRING_DATASOURCE_USERNAME=postgres \
YIYANG_DEMO=false \
YIYANG_DATA_KEY=00112233445566778899aabbccddeeff \
YIYANG_INDEX_KEY=62656e63686d61726b20696e646578206b6579206f6e6c7920666f722073796e746865746963 \
    java -Xms2g -Xmx8g -jar target/yiyang.jar \
        --server.port=0 --logging.level.root=WARN \
        --yiyang.bench.registry.count="${COUNT}"
psql -h 127.0.0.1 -U postgres -d "${DB}" -q -c "SELECT pg_size_pretty(pg_database_size('${DB}')) AS database_size"
