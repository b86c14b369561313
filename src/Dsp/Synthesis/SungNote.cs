using System.Globalization;

namespace SingKing.Dsp.Synthesis;

/// <summary>One sung note of a synthetic take: a target pitch held from a start time for a duration.</summary>
/// <param name="FrequencyHz">Target fundamental in Hz (before vibrato, scoops, portamento and jitter).</param>
/// <param name="StartSeconds">Onset, in seconds from the start of the take.</param>
/// <param name="DurationSeconds">Length in seconds; the note ends at <see cref="EndSeconds"/>.</param>
public readonly record struct SungNote(double FrequencyHz, double StartSeconds, double DurationSeconds)
{
    /// <summary>End of the note in seconds from the start of the take.</summary>
    public double EndSeconds => StartSeconds + DurationSeconds;

    /// <summary>Target pitch in cents relative to A4 = 440 Hz.</summary>
    public double CentsFromA4 => 1200.0 * Math.Log2(FrequencyHz / 440.0);

    /// <summary>A note at MIDI pitch <paramref name="midiPitch"/> (69 = A4 = 440 Hz; fractions are allowed).</summary>
    public static SungNote FromMidi(double midiPitch, double startSeconds, double durationSeconds) =>
        new(MidiToHz(midiPitch), startSeconds, durationSeconds);

    /// <summary>A note named in scientific pitch notation such as <c>A4</c>, <c>C#5</c> or <c>Bb2</c>.</summary>
    public static SungNote FromName(string name, double startSeconds, double durationSeconds) =>
        FromMidi(ParseMidi(name), startSeconds, durationSeconds);

    /// <summary>Frequency in Hz of a MIDI pitch in equal temperament with A4 = 440 Hz.</summary>
    public static double MidiToHz(double midiPitch) => 440.0 * Math.Pow(2.0, (midiPitch - 69.0) / 12.0);

    /// <summary>MIDI pitch of a note name in scientific pitch notation (<c>C4</c> = 60).</summary>
    /// <exception cref="FormatException">The name is not a letter A–G, an optional # or b, and an octave number.</exception>
    public static int ParseMidi(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Trim();
        if (text.Length < 2)
            throw new FormatException($"'{name}' is not a note name; write it like A4, C#5 or Bb2.");
        int pitchClass = char.ToUpperInvariant(text[0]) switch
        {
            'C' => 0,
            'D' => 2,
            'E' => 4,
            'F' => 5,
            'G' => 7,
            'A' => 9,
            'B' => 11,
            _ => throw new FormatException($"'{name}' does not start with a note letter A–G; write it like A4, C#5 or Bb2."),
        };
        var index = 1;
        if (text[index] is '#' or '♯')
        {
            pitchClass++;
            index++;
        }
        else if (text[index] is 'b' or '♭')
        {
            pitchClass--;
            index++;
        }

        if (!int.TryParse(text.AsSpan(index), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var octave))
            throw new FormatException($"'{name}' has no octave number; write it like A4, C#5 or Bb2.");
        return 12 * (octave + 1) + pitchClass;
    }
}
