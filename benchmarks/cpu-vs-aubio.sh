#!/usr/bin/env bash
# CPU time of `singking pitch` against aubio's yinfft pitch tracker on the same long WAV.
#
#   benchmarks/cpu-vs-aubio.sh            # 15 minutes of audio, 5 runs each
#   RUNS=3 MINUTES=5 benchmarks/cpu-vs-aubio.sh
#   KEEP_WAV=/tmp/take.wav benchmarks/cpu-vs-aubio.sh   # also keep the generated audio
#
# Needs: dotnet, sox, aubio-tools (aubiopitch), GNU time (/usr/bin/time).
# Prints the machine and a Markdown table of median user+sys CPU seconds and wall seconds.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${RUNS:-5}
minutes=${MINUTES:-15}
rate=16000
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in dotnet sox aubiopitch /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "cpu-vs-aubio: $tool is not installed" >&2; exit 2; }
done

echo "Building singking (Release)..." >&2
dotnet build -c Release --nologo -v quiet "$root/src/Cli/SingKing.Cli.csproj" -o "$work/bin" >&2
singking="$work/bin/singking"

# A phrase of sung-like material, about 30 s: sawtooth notes (every harmonic, falling 6 dB per octave,
# softened by a low-pass like a vocal tract) from 98 to 880 Hz with soft onsets, glides between notes,
# and breathy pink-noise gaps. Repeated to the requested length.
echo "Making ${minutes} min of ${rate} Hz mono audio..." >&2
segment=0
seg() { # seg SECONDS SYNTH-ARGS...
  local seconds=$1; shift
  segment=$((segment + 1))
  sox -n -r "$rate" -c 1 -b 16 "$work/seg$(printf %03d $segment).wav" synth "$seconds" "$@"
}
note()   { seg "$2" sawtooth "$1" gain -14 lowpass 2500 fade 0.03 "$2" 0.06; }
glide()  { seg "$3" sawtooth "$1:$2" gain -14 lowpass 2500; }
breath() { seg "$1" pinknoise gain -40 lowpass 4000; }
for round in 1 2; do
  note 220 1.2; glide 220 247 0.15; note 247 0.8; note 262 1.6; breath 0.4
  note 196 1.0; glide 196 294 0.3;  note 294 1.4; note 330 0.9; breath 0.3
  note 392 1.2; glide 392 440 0.2;  note 440 2.0; breath 0.5
  note 98 1.5;  note 110 1.2;       glide 110 165 0.4; note 165 1.0; breath 0.4
  note 523 0.8; note 659 0.8;       note 784 1.0; glide 784 880 0.2; note 880 1.2; breath 0.6
done
sox "$work"/seg*.wav "$work/phrase.wav"
phrase_seconds=$(soxi -D "$work/phrase.wav")
repeats=$(awk -v total="$((minutes * 60))" -v p="$phrase_seconds" 'BEGIN { n = int(total / p); if (n * p < total) n++; print n - 1 }')
sox "$work/phrase.wav" "$work/take.wav" repeat "$repeats" trim 0 "$((minutes * 60))"
audio_seconds=$(soxi -D "$work/take.wav")
if [[ -n "${KEEP_WAV:-}" ]]; then cp "$work/take.wav" "$KEEP_WAV"; fi

# median: the median of the numbers on stdin, one a line.
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# measure NAME COMMAND...: runs the command $runs times after one warm-up; prints the medians of
# CPU seconds (user+sys), wall seconds and peak resident memory (MB).
measure() {
  local name=$1; shift
  "$@" >/dev/null 2>&1 || { echo "cpu-vs-aubio: $name failed: $*" >&2; exit 1; }
  : > "$work/$name.times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%U %S %e %M' -o "$work/$name.time" "$@" >/dev/null
    tail -n 1 "$work/$name.time" >> "$work/$name.times"
  done
  echo "$(awk '{ print $1 + $2 }' "$work/$name.times" | median) $(awk '{ print $3 }' "$work/$name.times" | median) $(awk '{ print $4 / 1024 }' "$work/$name.times" | median)"
}

echo "Timing $runs runs of each..." >&2
read -r sk_cpu sk_wall sk_rss < <(measure singking "$singking" pitch "$work/take.wav")
read -r au_cpu au_wall au_rss < <(measure aubio aubiopitch -i "$work/take.wav" -p yinfft -H 160 -B 1024)
# Peak memory on one phrase, to compare with the whole take: streaming should make them equal.
read -r _ _ sk_phrase_rss < <(measure singking-phrase "$singking" pitch "$work/phrase.wav")
rows=$("$singking" pitch "$work/take.wav" | tail -n +2 | wc -l)

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), .NET $(dotnet --version), aubio-tools $(dpkg-query -W -f '${Version}' aubio-tools 2>/dev/null || echo "(version unknown)")"
echo "Audio: $(awk -v s="$audio_seconds" 'BEGIN { printf "%.0f", s }') s of ${rate} Hz mono 16-bit; singking wrote $rows rows (10 ms hops)."
echo
echo "| Tracker | Command | CPU s (user+sys, median of $runs) | Wall s (median) | Peak RSS MB (median) | × real time (audio s / CPU s) |"
echo "|---|---|---:|---:|---:|---:|"
awk -v a="$audio_seconds" -v c="$sk_cpu" -v w="$sk_wall" -v m="$sk_rss" 'BEGIN { printf "| SingKing | `singking pitch take.wav > /dev/null` | %.2f | %.2f | %.0f | %.0f |\n", c, w, m, a / c }'
awk -v a="$audio_seconds" -v c="$au_cpu" -v w="$au_wall" -v m="$au_rss" 'BEGIN { printf "| aubio yinfft | `aubiopitch -i take.wav -p yinfft -H 160 -B 1024 > /dev/null` | %.2f | %.2f | %.0f | %.0f |\n", c, w, m, a / c }'
echo
awk -v p="$phrase_seconds" -v a="$audio_seconds" -v x="$sk_phrase_rss" -v y="$sk_rss" 'BEGIN { printf "SingKing peak RSS: %.0f MB on %.0f s of audio, %.0f MB on %.0f s.\n", x, p, y, a }'
