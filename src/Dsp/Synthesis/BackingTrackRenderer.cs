using SingKing.Dsp.Charts;

namespace SingKing.Dsp.Synthesis;

/// <summary>
/// Renders a song's backing track from its chart's timing (<c>#BPM</c>, <c>#GAP</c>) and its
/// <see cref="BackingArrangement"/>: quiet count-in clicks before the singing starts, a soft piano-like chord on
/// every beat, a bass note where each chord starts, and optionally the melody very softly as a guide.
/// </summary>
/// <remarks>
/// Pure and deterministic: no randomness and no clock, so the same chart and arrangement always give the same
/// samples, which is what lets the repository ship arrangements instead of audio files.
/// Bar <c>k</c> (0-based) starts at <c>GAP + (pickup + k·beatsPerBar)·60/BPM</c> seconds.
/// </remarks>
public static class BackingTrackRenderer
{
    private const double ChordNoteLevel = 0.075;
    private const double BassLevel = 0.22;
    private const double ClickLevel = 0.35;
    private const double AccentClickLevel = 0.5;
    private const double GuideLevel = 0.07;
    private const double ClickSeconds = 0.03;
    private const double ReleaseSeconds = 0.03;

    /// <summary>Length of one quarter-note beat in seconds: 60 / <c>#BPM</c>.</summary>
    public static double QuarterSeconds(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return chart.SecondsPerBeat * BackingArrangement.ChartBeatsPerQuarter;
    }

    /// <summary>Time in seconds at which bar <paramref name="bar"/> (0 = the first full bar) starts; negative bars are count-in bars.</summary>
    public static double BarStartSeconds(Chart chart, BackingArrangement arrangement, int bar)
    {
        ArgumentNullException.ThrowIfNull(arrangement);
        return chart.GapMs / 1000.0 + (arrangement.PickupBeats + (double)bar * arrangement.BeatsPerBar) * QuarterSeconds(chart);
    }

    /// <summary>
    /// Times in seconds of the count-in clicks: every beat of the <see cref="BackingArrangement.CountInBars"/> bars
    /// before the first full bar that comes before the singing starts (<c>#GAP</c>) and not before the audio does.
    /// </summary>
    public static IReadOnlyList<double> CountInClickSeconds(Chart chart, BackingArrangement arrangement)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(arrangement);
        var clicks = new List<double>();
        var quarter = QuarterSeconds(chart);
        var firstBar = BarStartSeconds(chart, arrangement, 0);
        var singingStarts = chart.GapMs / 1000.0;
        var total = arrangement.CountInBars * arrangement.BeatsPerBar;
        for (var beat = total; beat >= 1; beat--)
        {
            var time = firstBar - beat * quarter;
            // A tiny margin keeps a click that lands exactly on the first sung note out of the song.
            if (time >= 0 && time < singingStarts - 1e-9)
                clicks.Add(time);
        }

        return clicks;
    }

    /// <summary>Length of the rendered track in seconds: the later of the last bar's end and the last note's end, plus the tail.</summary>
    public static double DurationSeconds(Chart chart, BackingArrangement arrangement, BackingTrackOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(arrangement);
        options ??= new BackingTrackOptions();
        var end = BarStartSeconds(chart, arrangement, arrangement.Bars.Count);
        foreach (var voice in chart.Voices)
        {
            foreach (var note in voice.Notes)
                end = Math.Max(end, chart.NoteEndSeconds(note));
        }

        return Math.Max(0, end) + options.TailSeconds;
    }

    /// <summary>Renders the backing track: mono samples at <see cref="BackingTrackOptions.SampleRate"/>, peak at most <see cref="BackingTrackOptions.PeakLevel"/>.</summary>
    public static float[] Render(Chart chart, BackingArrangement arrangement, BackingTrackOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(arrangement);
        options ??= new BackingTrackOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.SampleRate, 8_000);

        var rate = options.SampleRate;
        var samples = new float[(int)Math.Ceiling(DurationSeconds(chart, arrangement, options) * rate)];
        var quarter = QuarterSeconds(chart);

        var clicks = CountInClickSeconds(chart, arrangement);
        var firstBar = BarStartSeconds(chart, arrangement, 0);
        foreach (var time in clicks)
        {
            var beatsBefore = (int)Math.Round((firstBar - time) / quarter);
            var accented = beatsBefore % arrangement.BeatsPerBar == 0;
            AddClick(samples, rate, time, accented ? 1_600 : 1_000, accented ? AccentClickLevel : ClickLevel);
        }

        for (var bar = 0; bar < arrangement.Bars.Count; bar++)
        {
            var chords = arrangement.Bars[bar];
            var barStart = BarStartSeconds(chart, arrangement, bar);
            var beat = 0;
            for (var c = 0; c < chords.Count; c++)
            {
                // Beats shared evenly; the first chords of the bar take any that are left over.
                var span = arrangement.BeatsPerBar / chords.Count + (c < arrangement.BeatsPerBar % chords.Count ? 1 : 0);
                var chord = chords[c];
                var chordStart = barStart + beat * quarter;
                if (!chord.IsRest)
                {
                    AddBass(samples, rate, chord, chordStart, span * quarter);
                    for (var b = 0; b < span; b++)
                        AddChordStrike(samples, rate, chord, chordStart + b * quarter, quarter);
                }

                beat += span;
            }
        }

        if (options.GuideMelody)
        {
            foreach (var voice in chart.Voices)
            {
                foreach (var note in voice.Notes.Where(n => n.HasPitch))
                    AddGuideNote(samples, rate, note.FrequencyHz, chart.NoteStartSeconds(note), chart.NoteEndSeconds(note));
            }
        }

        ScaleToPeak(samples, options.PeakLevel);
        return samples;
    }

    /// <summary>MIDI notes of a chord in the comping register: the root from F3 to E4, the other tones stacked above it.</summary>
    public static IReadOnlyList<int> Voicing(BackingChord chord)
    {
        ArgumentNullException.ThrowIfNull(chord);
        var root = 48 + chord.RootPitchClass;
        if (root < 53)
            root += 12;
        return chord.Intervals.Select(i => root + i).ToArray();
    }

    /// <summary>MIDI note the bass plays for a chord: its bass pitch class in the octave from C2 to B2.</summary>
    public static int BassNote(BackingChord chord)
    {
        ArgumentNullException.ThrowIfNull(chord);
        return 36 + chord.BassPitchClass;
    }

    private static double MidiToHz(int midi) => 440.0 * Math.Pow(2.0, (midi - 69) / 12.0);

    private static void AddChordStrike(float[] samples, int rate, BackingChord chord, double start, double length)
    {
        foreach (var midi in Voicing(chord))
        {
            // A plucked-string tone: upper partials die away faster than the fundamental, as on a piano.
            AddTone(samples, rate, MidiToHz(midi), start, length, ChordNoteLevel,
                partials: [1.0, 0.45, 0.2, 0.1], decayPerSecond: 2.5, partialDecayPerSecond: 3.0, attackSeconds: 0.004);
        }
    }

    private static void AddBass(float[] samples, int rate, BackingChord chord, double start, double length) =>
        AddTone(samples, rate, MidiToHz(BassNote(chord)), start, length, BassLevel,
            partials: [1.0, 0.35], decayPerSecond: 1.2, partialDecayPerSecond: 1.0, attackSeconds: 0.008);

    private static void AddGuideNote(float[] samples, int rate, double frequencyHz, double start, double end) =>
        AddTone(samples, rate, frequencyHz, start, end - start, GuideLevel,
            partials: [1.0, 0.25], decayPerSecond: 0, partialDecayPerSecond: 0, attackSeconds: 0.02);

    private static void AddTone(float[] samples, int rate, double frequencyHz, double start, double length, double level,
        double[] partials, double decayPerSecond, double partialDecayPerSecond, double attackSeconds)
    {
        var first = Math.Max(0, (int)Math.Round(start * rate));
        var count = (int)Math.Round((length + ReleaseSeconds) * rate);
        var last = Math.Min(samples.Length, first + count);
        var releaseStart = length;
        for (var n = first; n < last; n++)
        {
            var t = (n - first) / (double)rate;
            var envelope = Math.Min(1.0, t / attackSeconds);
            if (t > releaseStart)
                envelope *= Math.Max(0.0, 1.0 - (t - releaseStart) / ReleaseSeconds);
            var value = 0.0;
            for (var p = 0; p < partials.Length; p++)
            {
                var harmonic = p + 1;
                var frequency = frequencyHz * harmonic;
                if (frequency >= rate / 2.0)
                    break;
                value += partials[p] * Math.Exp(-t * (decayPerSecond + p * partialDecayPerSecond)) * Math.Sin(2 * Math.PI * frequency * t);
            }

            samples[n] += (float)(level * envelope * value);
        }
    }

    private static void AddClick(float[] samples, int rate, double time, double frequencyHz, double level)
    {
        var first = (int)Math.Round(time * rate);
        var last = Math.Min(samples.Length, first + (int)(ClickSeconds * rate));
        for (var n = Math.Max(0, first); n < last; n++)
        {
            var t = (n - first) / (double)rate;
            samples[n] += (float)(level * Math.Exp(-t / 0.006) * Math.Sin(2 * Math.PI * frequencyHz * t));
        }
    }

    private static void ScaleToPeak(float[] samples, double peakLevel)
    {
        var peak = 0f;
        foreach (var x in samples)
            peak = Math.Max(peak, Math.Abs(x));
        if (peak <= peakLevel)
            return;
        var gain = (float)(peakLevel / peak);
        for (var i = 0; i < samples.Length; i++)
            samples[i] *= gain;
    }
}
