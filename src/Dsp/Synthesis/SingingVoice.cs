namespace SingKing.Dsp.Synthesis;

/// <summary>
/// One-line synthetic takes, e.g. <c>SingingVoice.Melody(44_100, ("A3", 1.5), ("E4", 1.5), ("rest", 1.5))</c>.
/// </summary>
public static class SingingVoice
{
    /// <summary>The word that marks a rest in <see cref="Melody(int, ValueTuple{string, double}[])"/>.</summary>
    public const string Rest = "rest";

    /// <summary>One note (e.g. <c>"A4"</c>) held from time 0 for <paramref name="durationSeconds"/>.</summary>
    /// <param name="note">Note name in scientific pitch notation.</param>
    /// <param name="durationSeconds">Length of the note and of the take, in seconds.</param>
    /// <param name="sampleRate">Sample rate in Hz.</param>
    /// <param name="voice">Timbre, or null for the default voice.</param>
    /// <param name="expression">Vibrato, scoop, portamento and jitter, or null for a straight tone.</param>
    /// <param name="seed">Seed of all randomness.</param>
    public static SynthesizedTake HeldNote(string note, double durationSeconds, int sampleRate = 44_100,
        VoiceOptions? voice = null, F0ContourOptions? expression = null, int seed = 1) =>
        Melody(sampleRate, [(note, durationSeconds)], voice, expression, seed);

    /// <summary>One note of <paramref name="frequencyHz"/> Hz held from time 0 for <paramref name="durationSeconds"/>.</summary>
    public static SynthesizedTake HeldNote(double frequencyHz, double durationSeconds, int sampleRate = 44_100,
        VoiceOptions? voice = null, F0ContourOptions? expression = null, int seed = 1)
    {
        var contour = new F0Contour([new SungNote(frequencyHz, 0, durationSeconds)], expression);
        return new VoiceSynthesizer(voice).Synthesize(contour, sampleRate, durationSeconds, seed);
    }

    /// <summary>
    /// Notes sung one after another, each a name (<c>"C#5"</c>) or <see cref="Rest"/> with its length in seconds.
    /// Adjacent notes are legato (one phrase); a rest separates phrases.
    /// </summary>
    public static SynthesizedTake Melody(int sampleRate, params (string Note, double Seconds)[] steps) =>
        Melody(sampleRate, steps, voice: null, expression: null, seed: 1);

    /// <summary>As <see cref="Melody(int, ValueTuple{string, double}[])"/>, with timbre, expression and seed.</summary>
    public static SynthesizedTake Melody(int sampleRate, IReadOnlyList<(string Note, double Seconds)> steps,
        VoiceOptions? voice, F0ContourOptions? expression, int seed)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var notes = new List<SungNote>();
        var time = 0.0;
        foreach (var (note, seconds) in steps)
        {
            if (!string.Equals(note, Rest, StringComparison.OrdinalIgnoreCase))
                notes.Add(SungNote.FromName(note, time, seconds));
            time += seconds;
        }

        return new VoiceSynthesizer(voice).Synthesize(new F0Contour(notes, expression), sampleRate, time, seed);
    }
}
