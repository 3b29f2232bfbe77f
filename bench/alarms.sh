#!/usr/bin/env bash
# The alarm benchmark of issue 6: DEVICES simulated devices (default 10,000), each with its own credentials,
# heart-beating every 60 s over MQTT QoS 1 into the platform's embedded broker, and bursts of ALARMS_PER_SECOND
# alarms (default 200/s: SOS, falls, smoke, gas, leaks) for 10 s of every 30 s (YIYANG_BENCH_BURST=ON/OFF seconds)
# during SECONDS (default 120), from SIMULATORS simulator processes (default 2), after a warm-up of the same traffic
# for YIYANG_BENCH_WARMUP seconds (default 60) on the freshly started platform. A hotline operator's console
# listens on the alarm desk's event stream the whole time. Prints the end-to-end latency from the device's publish
# (the time in its payload) to the event on the console (median, p95, p99; target p99 <= 200 ms), for the warm-up
# and the measured run apart, and checks that every alarm sent, in both, is stored once and reached the console
# once. PostgreSQL at 127.0.0.1:5432, fresh database.
#   bench/alarms.sh [DEVICES] [ALARMS_PER_SECOND] [SECONDS] [SIMULATORS]
set -euo pipefail
cd "$(dirname "$0")/.."
DEVICES="${1:-10000}"
RATE="${2:-200}"
RUN_SECONDS="${3:-120}"
SIMULATORS="${4:-2}"
BURST="${YIYANG_BENCH_BURST:-10/20}"
WARMUP="${YIYANG_BENCH_WARMUP:-60}"
TOTAL_SECONDS=$((WARMUP + RUN_SECONDS))
DB="${YIYANG_BENCH_DB:-yiyang_bench}_alarms"
PORT=18081
MQTT_PORT=18831
# YIYANG_BENCH_MQTT_URL=tcp://127.0.0.1:1883 measures through an external broker (Mosquitto) instead of the embedded one
BROKER="${YIYANG_BENCH_MQTT_URL:-tcp://127.0.0.1:${MQTT_PORT}}"
WORK=target/bench-alarms
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)

rm -rf "${WORK}" && mkdir -p "${WORK}/data"
mvn -q -B -DskipTests package
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS ${DB}" -c "CREATE DATABASE ${DB}"

pids=()
stop_all() {
    for pid in "${pids[@]}"; do
        kill "${pid}" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
trap stop_all EXIT
SPRING_PROFILES_ACTIVE=postgres \
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/${DB}" \
SPRING_DATASOURCE_USERNAME=postgres \
YIYANG_DEMO=true \
YIYANG_DATA_DIR="${WORK}/data" \
YIYANG_BENCH_DEVICES="${DEVICES}" \
YIYANG_MQTT_PORT="${MQTT_PORT}" \
YIYANG_MQTT_URL="${YIYANG_BENCH_MQTT_URL:-}" \
    java -Xms1g -Xmx3g -jar target/yiyang.jar --server.port="${PORT}" --logging.level.root=WARN ${YIYANG_BENCH_APP_ARGS:-} \
        > "${WORK}/platform.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do
    if [[ -s "${WORK}/data/bench-devices.csv" ]] \
        && curl -sf "http://127.0.0.1:${PORT}/actuator/health" > /dev/null 2>&1; then
        break
    fi
    sleep 1
done
curl -sf "http://127.0.0.1:${PORT}/actuator/health" > /dev/null || { tail -40 "${WORK}/platform.log"; exit 1; }
echo "platform up with $(($(wc -l < "${WORK}/data/bench-devices.csv") - 1)) simulator devices"

java bench/AlarmLatency.java "http://127.0.0.1:${PORT}" operator 'Yiyang@2026' $((TOTAL_SECONDS + 40)) \
    "${WORK}/latencies.txt" "${WARMUP}" > "${WORK}/console.txt" 2>&1 &
listener=$!
sleep 3

per=$((DEVICES / SIMULATORS))
rate=$(awk "BEGIN { print ${RATE} / ${SIMULATORS} }")
sims=()
for i in $(seq 0 $((SIMULATORS - 1))); do
    SIM_FROM=$((i * per)) SIM_ALARMS_ONLY=1 SIM_BURST="${BURST}" \
    YIYANG_MQTT_URL="${BROKER}" YIYANG_BENCH_DEVICES_FILE="${WORK}/data/bench-devices.csv" \
        bench/devices.sh "${per}" 60 "${rate}" "${TOTAL_SECONDS}" > "${WORK}/simulator-${i}.txt" 2> "${WORK}/simulator-${i}.err" &
    sims+=($!)
done
pids+=("${sims[@]}")
wait "${sims[@]}"
wait "${listener}"

sent=$(cat "${WORK}"/simulator-*.txt | grep -c '^SENT' || true)
cat "${WORK}"/simulator-*.txt | grep '^SENT' | awk '{ print $3 "," $4 }' | sort > "${WORK}/sent.txt"
"${PSQL[@]}" -d "${DB}" -Atc "SELECT source || ',' || source_id FROM care_alarm" | sort > "${WORK}/stored.txt"
stored=$(comm -12 "${WORK}/sent.txt" "${WORK}/stored.txt" | wc -l)
missing=$(comm -23 "${WORK}/sent.txt" "${WORK}/stored.txt" | wc -l)
doubled=$(uniq -d "${WORK}/stored.txt" | wc -l)
failures=$(grep -h '^TOTAL' "${WORK}"/simulator-*.txt | sed 's/.*failures=\([0-9]*\).*/\1/' | paste -sd+ | bc)
echo
grep -h '^TOTAL' "${WORK}"/simulator-*.txt
echo "ALARMS sent ${sent} (publish failures ${failures}), stored ${stored}, sent but not stored ${missing}, stored twice ${doubled}"
cat "${WORK}/console.txt"
