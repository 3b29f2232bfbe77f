#!/usr/bin/env bash
# The benefit benchmark of issue 5, on PostgreSQL at 127.0.0.1:5432, over the synthetic registry of
# bench/registry.sh (COUNT elders, default 5,000,000; imported first through the real importer when the
# registry database does not hold them yet). Each time it works on a fresh copy of that registry
# (CREATE DATABASE … TEMPLATE) of the registry with the facts in bench/benefit-fixture.sql, then the application measures
# ROUNDS times (default 3) and prints every round and the medians:
#   - a full proactive eligibility run over six region-wide programmes (target ≤ 60 s),
#   - a what-if of one changed rule (high-age allowance 80+ → 75+; target ≤ 5 s),
#   - monthly allowance generation for about 1,000,000 enrolled elders (target ≤ 120 s).
#   bench/benefit.sh [COUNT] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT="${1:-5000000}"
ROUNDS="${2:-3}"
SOURCE_DB="${YIYANG_BENCH_DB:-yiyang_bench}"
DB="${SOURCE_DB}_benefit"
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)

have=$("${PSQL[@]}" -d "${SOURCE_DB}" -Atc "SELECT COUNT(*) FROM elder_person" 2>/dev/null || echo 0)
if (( have < COUNT )); then
    YIYANG_BENCH_TUNE=1 bench/registry.sh "${COUNT}"
    have=$("${PSQL[@]}" -d "${SOURCE_DB}" -Atc "SELECT COUNT(*) FROM elder_person")
else
    mvn -q -B -DskipTests package
fi

# The registry with the fixture's facts is kept as its own template (the fixture takes minutes at this size) and
# made again only when the fixture or the registry changed; every run then starts from a fresh copy of it.
FACTS_DB="${SOURCE_DB}_facts"
stamp="$(md5sum bench/benefit-fixture.sql | cut -c1-32) ${have}"
if [[ "$("${PSQL[@]}" -d postgres -Atc "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '${FACTS_DB}'")" != "${stamp}" ]]; then
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS ${FACTS_DB}" -c "CREATE DATABASE ${FACTS_DB} TEMPLATE ${SOURCE_DB}"
    "${PSQL[@]}" -d "${FACTS_DB}" -f bench/benefit-fixture.sql
    "${PSQL[@]}" -d postgres -c "COMMENT ON DATABASE ${FACTS_DB} IS '${stamp}'"
fi
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS ${DB}" -c "CREATE DATABASE ${DB} TEMPLATE ${FACTS_DB}"

SPRING_PROFILES_ACTIVE=postgres \
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/${DB}" \
SPRING_DATASOURCE_USERNAME=postgres \
YIYANG_DEMO=false \
YIYANG_DATA_KEY=00112233445566778899aabbccddeeff \
YIYANG_INDEX_KEY=62656e63686d61726b20696e646578206b6579206f6e6c7920666f722073796e746865746963 \
    java -Xms1g -Xmx4g -jar target/yiyang.jar \
        --server.port=0 --logging.level.root=WARN \
        --yiyang.bench.benefit.rounds="${ROUNDS}"
"${PSQL[@]}" -d "${DB}" -c "SELECT pg_size_pretty(pg_database_size('${DB}')) AS database_size"
