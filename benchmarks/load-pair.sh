#!/usr/bin/env bash
# Two builds of the host measured at the same moment (docs/benchmarks.md, "Sixth round"): this tree's host and the
# host of another tree (OTHER, a worktree of the earlier commit, its host and load tool built in Release), each with
# its own data folder, silo ports and its own tree's load tool of SINGERS product singers, all four processes at once. The
# machine's speed wanders by a third between quarter hours, so runs one after the other cannot tell a change of 5–10 %
# from that drift; side by side both hosts see the same machine, and each tool reports its own host's CPU.
#
#   git worktree add ../old <commit> && (cd ../old && dotnet build -c Release src/Host && dotnet build -c Release src/Cli)
#   OTHER=../old SINGERS=150 REPEATS=4 benchmarks/load-pair.sh
#
# Keep SINGERS low enough that neither host falls behind (150 + 150 on a 2-core machine): a host that is behind does
# more work per chunk, and its CPU then says nothing about the code.
#
# Environment: OTHER (required), SINGERS (150), REPEATS (1), SECONDS (30), RAMP (5), WARMUP (20), CHUNK_MS (40),
# PORT (5080; the other host uses PORT + 100), WAV, OUT (results folder), TOOL_ENV, SONG (karaoke takes of that song).
set -euo pipefail
cd "$(dirname "$0")/.."

OTHER=${OTHER:?set OTHER to the tree of the other build}
OTHER=$(cd "$OTHER" && pwd)
SINGERS=${SINGERS:-150}
REPEATS=${REPEATS:-1}
RAMP=${RAMP:-5}
WARMUP=${WARMUP:-20}
CHUNK_MS=${CHUNK_MS:-40}
PORT=${PORT:-5080}
OUT=${OUT:-$(mktemp -d /tmp/singking-pair-results-XXXXXX)}
WAV=${WAV:-}
SONG=${SONG:-}

source benchmarks/load-common.sh
SECONDS_PER_MODE=$(caller_seconds 30)

# Each host is loaded by its own tree's tool, which speaks that build's hub protocol.
OTHER_CLI=$(cd "$OTHER" && ls src/Cli/bin/Release/net10.0/*/singking.dll 2>/dev/null | head -n 1 || true)
if [[ ! -f $OTHER/$HOST_DLL || -z $OTHER_CLI ]]; then
    echo "No Release host or load tool in $OTHER: run 'dotnet build -c Release src/Host && dotnet build -c Release src/Cli' there first." >&2
    exit 1
fi

own_session=(setsid bash -c 'echo "$0" >/proc/self/autogroup 2>/dev/null || true; exec nice -n "$0" "$@"')
hosts=()
trap 'kill "${hosts[@]}" 2>/dev/null || true' EXIT

# Starts the Release host of tree $1 on port $2 (logging to $3) with the data folder $4; prints its pid.
start_host() {
    local data=$4
    (cd "$1" || exit 1
     "${own_session[@]}" 0 dotnet "$HOST_DLL" --urls "http://127.0.0.1:$2" --SingKing:DataPath="$data" \
         --Orleans:SiloPort=$(($2 + 6000)) --Orleans:GatewayPort=$(($2 + 7000)) >"$OUT/$3.host.log" 2>&1 &
     echo $!)
}

for run in $(seq "$REPEATS"); do
    this_data=$(mktemp -d /tmp/singking-pair-XXXXXX)
    other_data=$(mktemp -d /tmp/singking-pair-XXXXXX)
    this=$(start_host "$PWD" "$PORT" "this-$run" "$this_data")
    other=$(start_host "$OTHER" $((PORT + 100)) "other-$run" "$other_data")
    hosts=("$this" "$other")
    for port in "$PORT" $((PORT + 100)); do
        for _ in $(seq 120); do
            curl -fs "http://127.0.0.1:$port/api/account/antiforgery" >/dev/null 2>&1 && break
            sleep 0.5
        done
    done

    tools=()
    for side in this other; do
        if [[ $side == this ]]; then port=$PORT; pid=$this; cli=$CLI_DLL; else port=$((PORT + 100)); pid=$other; cli=$OTHER/$OTHER_CLI; fi
        "${own_session[@]}" 0 env $TOOL_ENV dotnet "$cli" load --url "http://127.0.0.1:$port" --singers "$SINGERS" \
            --seconds "$SECONDS_PER_MODE" --ramp-seconds "$RAMP" --warmup-seconds "$WARMUP" --chunk-ms "$CHUNK_MS" \
            --wav "$WAV" --mode product ${SONG:+--song "$SONG"} --host-pid "$pid" --json >"$OUT/$side-$run.txt" 2>"$OUT/$side-$run.progress" &
        tools+=($!)
    done
    wait "${tools[@]}" || true
    kill "${hosts[@]}" 2>/dev/null || true
    wait "${hosts[@]}" 2>/dev/null || true
    hosts=()
    rm -rf "$this_data" "$other_data"

    for side in this other; do
        printf '%s run %s: ' "$side" "$run"
        grep -E '^(p99 latency|host .*CPU|missing)' "$OUT/$side-$run.txt" | awk '{printf "%s=%s ", $1 == "host" ? "hostCPU" : $1, $NF}'
        echo
    done
done
