# Shared by load-curve.sh, cluster-load.sh and load-pair.sh (sourced, not run): the load tool's settings, the Release
# builds, the results folder and the sung WAV every simulated singer streams. Expects OUT and WAV (possibly empty) to
# be set.

# The SECONDS the caller set, else $1. SECONDS is also bash's own clock, which is 0 at a script's start when the caller
# set none, so ${SECONDS:-default} would never give the default.
caller_seconds() { printenv SECONDS || echo "$1"; }

# The CLI turns tiered compilation off for its batch commands (fully optimised loops from the start); the load tool's
# time goes to the SignalR client instead, whose profile-guided code costs about a sixth less CPU, and its idle
# workers need not spin. Either way the tool shares the host's two cores, so the cheaper it is, the fairer the test.
TOOL_ENV=${TOOL_ENV:-"DOTNET_TieredCompilation=1 DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0"}

HOST_DLL=src/Host/bin/Release/net10.0/SingKing.Host.dll
CLI_DLL=$(ls src/Cli/bin/Release/net10.0/*/singking.dll 2>/dev/null | head -n 1 || true)
if [[ ! -f $HOST_DLL || -z $CLI_DLL ]]; then
    dotnet build -c Release src/Host >/dev/null
    dotnet build -c Release src/Cli >/dev/null
    CLI_DLL=$(ls src/Cli/bin/Release/net10.0/*/singking.dll | head -n 1)
fi
mkdir -p "$OUT"
echo "Results in $OUT"

if [[ -z $WAV ]]; then
    # 10 s of a sung-like line (harmonics, 5.5 Hz vibrato, soft onsets), 16 kHz mono 16-bit.
    WAV=$OUT/voice.wav
    python3 - "$WAV" <<'PY'
import math, struct, sys, wave
rate, notes, phase, frames = 16000, [220, 247, 262, 294, 330, 294, 262, 247, 220, 196], 0.0, bytearray()
for n in range(rate * 10):
    t = n / rate
    f0 = notes[int(t) % len(notes)] * 2 ** (30 / 1200 * math.sin(2 * math.pi * 5.5 * t))
    phase += 2 * math.pi * f0 / rate
    envelope = min(1, (t % 1) / 0.05) * min(1, (1 - t % 1) / 0.05)
    value = 0.3 * envelope * sum(0.5 ** k * math.sin(k * phase) for k in range(1, 6))
    frames += struct.pack('<h', int(max(-1, min(1, value)) * 32767))
with wave.open(sys.argv[1], 'wb') as out:
    out.setnchannels(1); out.setsampwidth(2); out.setframerate(rate); out.writeframes(bytes(frames))
PY
fi
