namespace SingKing.Dsp.Synthesis;

/// <summary>
/// The fundamental frequency a synthetic singer follows: notes shaped by vibrato, scoops, portamento and
/// per-cycle jitter, unvoiced in rests. Because the synthesizer drives its harmonics with the phase
/// integrated from this contour, the contour is the exact F0 of the audio.
/// </summary>
public sealed class F0Contour
{
    /// <summary>Notes closer than this (in seconds) count as touching, i.e. legato.</summary>
    private const double LegatoToleranceSeconds = 1e-6;

    private readonly SungNote[] _notes;

    /// <summary>Builds a contour from non-overlapping notes (any order) and expressive options.</summary>
    /// <exception cref="ArgumentException">Notes overlap, or a note has a non-positive frequency or duration.</exception>
    public F0Contour(IEnumerable<SungNote> notes, F0ContourOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(notes);
        Options = options ?? new F0ContourOptions();
        Options.Validate();
        _notes = notes.OrderBy(n => n.StartSeconds).ToArray();
        for (var i = 0; i < _notes.Length; i++)
        {
            var note = _notes[i];
            if (!(note.FrequencyHz > 0) || !(note.DurationSeconds > 0) || note.StartSeconds < 0)
                throw new ArgumentException($"Note {i} needs a positive frequency and duration and a start ≥ 0 s.", nameof(notes));
            if (i > 0 && note.StartSeconds < _notes[i - 1].EndSeconds - LegatoToleranceSeconds)
                throw new ArgumentException($"Note {i} starts at {note.StartSeconds} s, before note {i - 1} ends.", nameof(notes));
        }
    }

    /// <summary>The notes, sorted by start time.</summary>
    public IReadOnlyList<SungNote> Notes => _notes;

    /// <summary>The expressive deviations in force.</summary>
    public F0ContourOptions Options { get; }

    /// <summary>End of the last note in seconds (0 without notes).</summary>
    public double EndSeconds => _notes.Length == 0 ? 0 : _notes[^1].EndSeconds;

    /// <summary>
    /// The contour's F0 in Hz at <paramref name="timeSeconds"/> without jitter (vibrato, scoops and portamento
    /// included), or 0 in a rest.
    /// </summary>
    public double FrequencyHzAt(double timeSeconds)
    {
        var index = NoteIndexAt(timeSeconds);
        return index < 0 ? 0 : 440.0 * Math.Pow(2.0, CentsAt(index, timeSeconds) / 1200.0);
    }

    /// <summary>
    /// The F0 in Hz of every sample, jitter included: the jitter offset is drawn from <paramref name="random"/>
    /// each time the integrated phase completes a cycle, so it changes once per glottal period. 0 in rests.
    /// </summary>
    /// <param name="sampleRate">Sample rate in Hz.</param>
    /// <param name="sampleCount">How many samples to describe, starting at time 0.</param>
    /// <param name="random">Source of the jitter (unused when <see cref="F0ContourOptions.JitterCents"/> is 0).</param>
    public double[] RenderHz(int sampleRate, int sampleCount, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfNegative(sampleCount);
        ArgumentNullException.ThrowIfNull(random);
        var f0 = new double[sampleCount];
        var jitterCents = Options.JitterCents;
        var cycles = 0.0;
        var jitterOffset = jitterCents > 0 ? StandardNormal.Next(random) * jitterCents : 0;
        for (var n = 0; n < sampleCount; n++)
        {
            var hz = FrequencyHzAt(n / (double)sampleRate);
            if (hz <= 0)
                continue;
            if (jitterCents > 0)
                hz *= Math.Pow(2.0, jitterOffset / 1200.0);
            f0[n] = hz;
            cycles += hz / sampleRate;
            if (cycles >= 1.0)
            {
                cycles -= Math.Floor(cycles);
                if (jitterCents > 0)
                    jitterOffset = StandardNormal.Next(random) * jitterCents;
            }
        }

        return f0;
    }

    /// <summary>
    /// Groups of legato notes sung in one breath: each phrase starts after a rest and ends before one. Used for
    /// amplitude envelopes, which attack at the start of a phrase and release at its end.
    /// </summary>
    public IReadOnlyList<(double StartSeconds, double EndSeconds)> Phrases()
    {
        var phrases = new List<(double, double)>();
        for (var i = 0; i < _notes.Length; i++)
        {
            if (i > 0 && IsLegato(i))
                phrases[^1] = (phrases[^1].Item1, _notes[i].EndSeconds);
            else
                phrases.Add((_notes[i].StartSeconds, _notes[i].EndSeconds));
        }

        return phrases;
    }

    private bool IsLegato(int index) =>
        index > 0 && index < _notes.Length &&
        Math.Abs(_notes[index].StartSeconds - _notes[index - 1].EndSeconds) <= LegatoToleranceSeconds;

    private int NoteIndexAt(double t)
    {
        // Binary search for the last note starting at or before t.
        int lo = 0, hi = _notes.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (_notes[mid].StartSeconds <= t)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && t < _notes[found].EndSeconds ? found : -1;
    }

    private double CentsAt(int index, double t)
    {
        var note = _notes[index];
        var cents = note.CentsFromA4;
        var glide = Options.PortamentoSeconds;
        var glidesIn = glide > 0 && IsLegato(index);
        var glidesOut = glide > 0 && IsLegato(index + 1);

        // The glide is centred on the boundary, so each side computes the same smooth curve and they meet.
        if (glidesIn && t < note.StartSeconds + glide / 2)
        {
            var x = (t - (note.StartSeconds - glide / 2)) / glide;
            var previous = _notes[index - 1].CentsFromA4;
            cents = previous + (cents - previous) * SmoothStep(x);
        }
        else if (glidesOut && t >= note.EndSeconds - glide / 2)
        {
            var x = (t - (note.EndSeconds - glide / 2)) / glide;
            var next = _notes[index + 1].CentsFromA4;
            cents += (next - cents) * SmoothStep(x);
        }

        if (!glidesIn && Options.Scoop is { } scoop && t < note.StartSeconds + scoop.GlideSeconds)
        {
            var x = (t - note.StartSeconds) / scoop.GlideSeconds;
            cents -= scoop.DepthCents * (1 - SmoothStep(x));
        }

        if (Options.Vibrato is { } vibrato)
        {
            var sinceStart = t - note.StartSeconds - vibrato.DelaySeconds;
            if (sinceStart > 0)
            {
                var depth = vibrato.FadeInSeconds > 0 ? Math.Min(1.0, sinceStart / vibrato.FadeInSeconds) : 1.0;
                cents += depth * vibrato.ExtentCents * Math.Sin(2 * Math.PI * vibrato.RateHz * sinceStart);
            }
        }

        return cents;
    }

    /// <summary>Raised-cosine step from 0 at x ≤ 0 to 1 at x ≥ 1; glides in pitch start and end gently.</summary>
    private static double SmoothStep(double x) => x <= 0 ? 0 : x >= 1 ? 1 : 0.5 - 0.5 * Math.Cos(Math.PI * x);
}
