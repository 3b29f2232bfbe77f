#!/usr/bin/env bash
# The order benchmark of issue 4: places orders through the HTTP API (POST /api/v1/orders) on PostgreSQL with
# CONCURRENCY closed-loop clients for SECONDS, and in the same run measures the ceiling, the same loop against the
# trivial GET /api/v1/ping of the same application. Prints throughput and latency percentiles per round and the
# medians over ROUNDS rounds. Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust) and a JDK 17.
#   bench/orders.sh [CONCURRENCY] [SECONDS] [ROUNDS]      (defaults 32 clients, 30 s, 1 round)
set -euo pipefail
cd "$(dirname "$0")/.."
CONCURRENCY="${1:-32}"
SECONDS_PER_PHASE="${2:-30}"
ROUNDS="${3:-1}"
DB="${YIYANG_BENCH_DB:-yiyang_bench_orders}"
OFFERINGS="${YIYANG_BENCH_OFFERINGS:-4}"
WORK=target/bench-orders
TOKEN_FILE="$WORK/token"
LOG="$WORK/app.log"

# YIYANG_BENCH_NO_BUILD=1 reuses target/yiyang.jar (repeated runs of an unchanged build).
[[ "${YIYANG_BENCH_NO_BUILD:-0}" == 1 ]] || mvn -q -B -DskipTests package
mkdir -p "$WORK"
rm -f "$TOKEN_FILE"
psql -h 127.0.0.1 -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS ${DB}" -c "CREATE DATABASE ${DB}"

PORT=18080
while (exec 3<>"/dev/tcp/127.0.0.1/${PORT}") 2>/dev/null; do PORT=$((PORT + 1)); done

# Demo mode on (demo provider centre, caregivers, 30 demo elders, demo accounts); fixed benchmark data keys.
# yiyang.bench.orders.offerings publishes the benchmark offerings (OrderBenchmarkOfferings, service module) and
# yiyang.bench.token-file issues the operator's API token into a file (BenchmarkToken, identity module).
SPRING_PROFILES_ACTIVE=postgres \
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/${DB}" \
SPRING_DATASOURCE_USERNAME=postgres \
YIYANG_DEMO=true \
YIYANG_DATA_KEY=00112233445566778899aabbccddeeff \
YIYANG_INDEX_KEY=62656e63686d61726b20696e646578206b6579206f6e6c7920666f722073796e746865746963 \
    java -Xms1g -Xmx2g ${YIYANG_BENCH_JAVA_OPTS:-} -jar target/yiyang.jar \
        --server.port="${PORT}" --logging.level.root=WARN \
        --yiyang.bench.orders.offerings="${OFFERINGS}" \
        --yiyang.bench.token-file="${TOKEN_FILE}" ${YIYANG_BENCH_APP_ARGS:-} > "$LOG" 2>&1 &
APP=$!
trap 'kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null || true' EXIT

for _ in $(seq 1 180); do
    if curl -fsS "http://127.0.0.1:${PORT}/actuator/health" > /dev/null 2>&1 && [[ -s "$TOKEN_FILE" ]]; then
        break
    fi
    if ! kill -0 "$APP" 2>/dev/null; then
        echo "The application did not start; see $LOG" >&2
        tail -30 "$LOG" >&2
        exit 1
    fi
    sleep 1
done
echo "application up on port ${PORT} (log: $LOG); $(nproc) cores, load generator on the same machine; $(uptime)"

STATUS=0
java -Xmx512m -Dbench.app.pid="$APP" bench/OrderLoad.java "http://127.0.0.1:${PORT}" "$TOKEN_FILE" "$CONCURRENCY" "$SECONDS_PER_PHASE" \
    "$ROUNDS" "${YIYANG_BENCH_WARMUP:-20}" | tee "$WORK/result.txt" || STATUS=$?

CREATED=$(sed -n 's/^created=//p' "$WORK/result.txt")
IN_DB=$(psql -h 127.0.0.1 -U postgres -d "${DB}" -Atq \
    -c "SELECT COUNT(*) FROM service_order WHERE idempotency_key LIKE 'bench-%'")
OVERFULL=$(psql -h 127.0.0.1 -U postgres -d "${DB}" -Atq -c "SELECT COUNT(*) FROM service_slot_load l
    JOIN service_offering_slot s ON s.offering_id = l.offering_id
    AND s.day_of_week = EXTRACT(ISODOW FROM l.slot_start AT TIME ZONE 'Asia/Shanghai')
    AND s.starts_at = CAST(l.slot_start AT TIME ZONE 'Asia/Shanghai' AS TIME) WHERE l.booked > s.capacity")
MISCOUNTED=$(psql -h 127.0.0.1 -U postgres -d "${DB}" -Atq -c "SELECT COUNT(*) FROM service_slot_load l
    WHERE l.booked <> (SELECT COUNT(*) FROM service_order o WHERE o.offering_id = l.offering_id
    AND o.scheduled_start = l.slot_start AND o.status NOT IN ('CANCELLED', 'REFUSED', 'NO_SHOW'))")
echo "database: ${IN_DB} benchmark orders for ${CREATED:-?} answers 201; slots over capacity: ${OVERFULL};" \
    "slots whose count differs from their orders: ${MISCOUNTED}"
if [[ "${IN_DB}" != "${CREATED:-}" || "${OVERFULL}" != 0 || "${MISCOUNTED}" != 0 ]]; then
    echo "MISMATCH: the database does not agree with the answers" >&2
    STATUS=1
fi
echo "database ${DB} kept for inspection"
exit "$STATUS"
