#!/usr/bin/env bash
# Singers against feedback latency and CPU, the bare echo and the product side by side (docs/benchmarks.md,
# "Singers per host"). For each point it starts a fresh Release host (its own data folder, echo hub on), runs
# 'singking load --mode both' against it, and stops it; the machine's load average is recorded before each run.
#
#   benchmarks/load-curve.sh                       # 100 250 500 singers, 40 ms chunks, 30 s, unpinned
#   SINGERS="250" CHUNK_MS=20 benchmarks/load-curve.sh
#   PIN=1 benchmarks/load-curve.sh                 # host on core 0, load tool on core 1
#
#   NICE=-10 benchmarks/load-curve.sh              # host and load tool ahead of other work on a shared machine
#   TOOL_NICE=10 benchmarks/load-curve.sh          # the load tool behind the host when both want the CPU
#
# Linux shares the CPU fairly between sessions (autogroups) before it looks at nice values, so on a machine where
# others build, a host started from one shell gets a slice of one core whatever its nice value. Each of the host and
# the load tool therefore runs in its own session, and NICE (when set) is applied to that session's autogroup.
#
#   HOST_ENV="DOTNET_gcServer=0" benchmarks/load-curve.sh   # runtime settings for the host only (not the load tool)
#
# Each mode streams RAMP + WARMUP + SECONDS; only the last SECONDS (every singer streaming, the host past its first
# seconds under the load) are measured. The warm-up's own p99 and a p99 every 5 s are printed too.
#
# Environment: SINGERS (list), MODE (both|echo|product), CHUNK_MS (20|40|100), SECONDS, RAMP, WARMUP (s, 20), PIN (0|1), NICE, TOOL_NICE (NICE), PORT, WAV, OUT (results folder),
# SONG (a song id: the product's singers sing karaoke takes of it; unset, live-pitch takes),
# HOST_ENV (NAME=value pairs for the host's environment), TOOL_ENV (the same for the load tool). Before each host is stopped, the runtime's garbage
# collection counters (collections per generation, pause time, both modes together) are kept beside the point's
# results, from the host's /metrics.
set -euo pipefail
cd "$(dirname "$0")/.."

SINGERS=${SINGERS:-"100 250 500"}
CHUNK_MS=${CHUNK_MS:-40}
RAMP=${RAMP:-5}
WARMUP=${WARMUP:-20}
PIN=${PIN:-0}
NICE=${NICE:-0}
TOOL_NICE=${TOOL_NICE:-$NICE}
PORT=${PORT:-5080}
OUT=${OUT:-$(mktemp -d /tmp/singking-load-results-XXXXXX)}
WAV=${WAV:-}
HOST_ENV=${HOST_ENV:-}
SONG=${SONG:-}

# shellcheck source=benchmarks/load-common.sh
source benchmarks/load-common.sh
SECONDS_PER_MODE=$(caller_seconds 30)

host_pin=(); tool_pin=()
if [[ $PIN == 1 ]]; then host_pin=(taskset -c 0); tool_pin=(taskset -c 1); fi
# Followed by a nice value and a command line: runs the command in a session of its own whose autogroup (and the process)
# get that nice value; the command replaces this shell, so $! of a background run is the command's own pid.
own_session=(setsid bash -c 'echo "$0" >/proc/self/autogroup 2>/dev/null || true; exec nice -n "$0" "$@"')

for singers in $SINGERS; do
    name="n${singers}-c${CHUNK_MS}-pin${PIN}-nice${NICE}${TOOL_NICE:+-tool$TOOL_NICE}"
    data=$(mktemp -d /tmp/singking-load-XXXXXX)
    # shellcheck disable=SC2086 # HOST_ENV is a list of NAME=value words
    "${own_session[@]}" "$NICE" "${host_pin[@]}" env $HOST_ENV dotnet "$HOST_DLL" --urls "http://127.0.0.1:$PORT" --Load:EchoHub=true \
        --SingKing:DataPath="$data" --Orleans:SiloPort=$((PORT + 6000)) --Orleans:GatewayPort=$((PORT + 7000))  >"$OUT/$name.host.log" 2>&1 &
    host=$!
    trap 'kill $host 2>/dev/null || true' EXIT
    for _ in $(seq 120); do
        curl -fs "http://127.0.0.1:$PORT/api/account/antiforgery" >/dev/null 2>&1 && break
        sleep 0.5
    done
    { echo "# $(date -u +%FT%TZ) $name host $(cat /proc/$host/comm) $(cat /proc/$host/autogroup) ${HOST_ENV:+env $HOST_ENV}"; echo "# before: $(uptime)"; } >"$OUT/$name.txt"
    # shellcheck disable=SC2086 # TOOL_ENV is a list of NAME=value words
    "${own_session[@]}" "$TOOL_NICE" "${tool_pin[@]}" env $TOOL_ENV dotnet "$CLI_DLL" load --url "http://127.0.0.1:$PORT" --singers "$singers" \
        --seconds "$SECONDS_PER_MODE" --ramp-seconds "$RAMP" --warmup-seconds "$WARMUP" --chunk-ms "$CHUNK_MS" --wav "$WAV" \
        --mode "${MODE:-both}" ${SONG:+--song "$SONG"} --host-pid "$host" --json >>"$OUT/$name.txt" 2>"$OUT/$name.progress" || true
    echo "# after: $(uptime)" >>"$OUT/$name.txt"
    curl -fs "http://127.0.0.1:$PORT/metrics" | grep -E '^dotnet_gc_(collections|pause_time)' >"$OUT/$name.gc.txt" || true
    kill "$host"; wait "$host" 2>/dev/null || true
    rm -rf "$data"
    cat "$OUT/$name.txt"
done
