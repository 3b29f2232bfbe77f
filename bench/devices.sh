#!/usr/bin/env bash
# The device simulator (docs/care-devices.md): N devices, each on its own MQTT connection with its own
# credentials (one selector thread for all, so ten thousand are fine), send a heartbeat every
# HEARTBEAT_SECONDS and, together, EVENTS_PER_SECOND events for SECONDS, over MQTT QoS 1; every event is printed as
# "SENT <publish time> <device code> <message id> <kind>", a summary each second on stderr, totals at the end.
#   bench/devices.sh [N] [HEARTBEAT_SECONDS] [EVENTS_PER_SECOND] [SECONDS]      (defaults 20, 10, 0.5, 60)
# The devices and their secrets come from the file the platform writes in demo mode when started with
# YIYANG_BENCH_DEVICES=N (or more), e.g.  YIYANG_BENCH_DEVICES=1000 java -jar target/yiyang.jar
# Environment: YIYANG_MQTT_URL (default the embedded broker, tcp://127.0.0.1:18830), YIYANG_BENCH_DEVICES_FILE
# (default data/bench-devices.csv), YIYANG_MQTT_TOPIC_PREFIX (default yiyang/devices).
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-20}"
HEARTBEAT="${2:-10}"
RATE="${3:-0.5}"
SECONDS_TO_RUN="${4:-60}"
URL="${YIYANG_MQTT_URL:-tcp://127.0.0.1:18830}"
FILE="${YIYANG_BENCH_DEVICES_FILE:-data/bench-devices.csv}"
PREFIX="${YIYANG_MQTT_TOPIC_PREFIX:-yiyang/devices}"

if [[ ! -s "$FILE" ]]; then
    echo "No devices file $FILE: start the platform in demo mode with YIYANG_BENCH_DEVICES=$N first." >&2
    exit 1
fi
exec java -Xmx1g bench/DeviceSimulator.java "$URL" "$FILE" "$N" "$HEARTBEAT" "$RATE" "$SECONDS_TO_RUN" "$PREFIX"
