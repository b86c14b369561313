#!/usr/bin/env bash
# Two hosts on one machine, clustered on Redis, against one host carrying the same singers (docs/benchmarks.md,
# "Two hosts on one machine"). Starts a redis-server of its own, two Release hosts sharing one data folder (as the
# compose file's hosts do), and one 'singking load' per host with half the singers each, both at once; each tool
# reads its own host's CPU. Every process it starts, it stops.
#
#   SINGERS=500 MODE=both benchmarks/cluster-load.sh
#
# Environment: SINGERS (total, split evenly), MODE (product|echo|both), SECONDS, RAMP, WARMUP, CHUNK_MS, TOOL_ENV, PORT (host A;
# B is PORT+1), REDIS_PORT, WAV, OUT (results folder).
set -euo pipefail
cd "$(dirname "$0")/.."

SINGERS=${SINGERS:-500}
MODE=${MODE:-both}
RAMP=${RAMP:-5}
WARMUP=${WARMUP:-20}
CHUNK_MS=${CHUNK_MS:-40}
PORT=${PORT:-5080}
REDIS_PORT=${REDIS_PORT:-6391}
OUT=${OUT:-$(mktemp -d /tmp/singking-cluster-results-XXXXXX)}
WAV=${WAV:-}

# shellcheck source=benchmarks/load-common.sh
source benchmarks/load-common.sh
SECONDS_PER_MODE=$(caller_seconds 20)

data=$(mktemp -d /tmp/singking-cluster-XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$data"
}
trap cleanup EXIT

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no >"$OUT/redis.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.2; done

cluster=load-$$
host_pids=()
for i in 0 1; do
    port=$((PORT + i))
    dotnet "$HOST_DLL" --urls "http://127.0.0.1:$port" --Load:EchoHub=true --SingKing:DataPath="$data" \
        --Orleans:Clustering=Redis --Orleans:Redis="127.0.0.1:$REDIS_PORT" --Orleans:ClusterId="$cluster" \
        --Orleans:AdvertisedAddress=127.0.0.1 --Orleans:SiloPort=$((port + 6000)) --Orleans:GatewayPort=$((port + 7000)) \
        >"$OUT/host$i.log" 2>&1 &
    pids+=($!)
    host_pids+=($!)
    for _ in $(seq 120); do
        curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
        sleep 0.5
    done
done
echo "# $(date -u +%FT%TZ) two hosts ${host_pids[*]}, $SINGERS singers, before: $(uptime)" | tee "$OUT/cluster.txt"

tools=()
for i in 0 1; do
    # shellcheck disable=SC2086 # TOOL_ENV is a list of NAME=value words
    env $TOOL_ENV dotnet "$CLI_DLL" load --url "http://127.0.0.1:$((PORT + i))" --singers $((SINGERS / 2)) --seconds "$SECONDS_PER_MODE" \
        --ramp-seconds "$RAMP" --warmup-seconds "$WARMUP" --chunk-ms "$CHUNK_MS" --wav "$WAV" --mode "$MODE" \
        --host-pid "${host_pids[$i]}" --json >"$OUT/host$i.load.txt" 2>"$OUT/host$i.progress" &
    tools+=($!)
done
for tool in "${tools[@]}"; do wait "$tool" || true; done
echo "# after: $(uptime)" >>"$OUT/cluster.txt"
for i in 0 1; do echo "## host $i"; cat "$OUT/host$i.load.txt"; done | tee -a "$OUT/cluster.txt"
