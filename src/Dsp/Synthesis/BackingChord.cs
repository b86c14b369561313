namespace SingKing.Dsp.Synthesis;

/// <summary>
/// A chord symbol of a backing arrangement (<c>C</c>, <c>Am</c>, <c>G7</c>, <c>F#m7</c>, <c>Bbmaj7</c>, <c>Bdim</c>,
/// <c>Caug</c>, <c>Dsus4</c>, <c>C6</c>, <c>C/G</c>), or a bar of silence (<c>-</c>).
/// </summary>
/// <param name="Symbol">The symbol as written.</param>
/// <param name="RootPitchClass">Pitch class of the root, 0 = C … 11 = B; meaningless for a rest.</param>
/// <param name="Intervals">Chord tones in semitones above the root, the root (0) first; empty for a rest.</param>
/// <param name="BassPitchClass">Pitch class the bass plays: the root, or the note after a slash.</param>
public sealed record BackingChord(string Symbol, int RootPitchClass, IReadOnlyList<int> Intervals, int BassPitchClass)
{
    /// <summary>The symbol that marks silence in an arrangement.</summary>
    public const string RestSymbol = "-";

    private static readonly (string Suffix, int[] Intervals)[] Qualities =
    [
        // Longest suffixes first, so "maj7" is not read as "m" followed by junk.
        ("maj7", [0, 4, 7, 11]),
        ("sus4", [0, 5, 7]),
        ("sus2", [0, 2, 7]),
        ("dim7", [0, 3, 6, 9]),
        ("aug", [0, 4, 8]),
        ("dim", [0, 3, 6]),
        ("m7", [0, 3, 7, 10]),
        ("m6", [0, 3, 7, 9]),
        ("7", [0, 4, 7, 10]),
        ("6", [0, 4, 7, 9]),
        ("m", [0, 3, 7]),
        ("", [0, 4, 7]),
    ];

    /// <summary>Whether this is a rest: no chord, no bass.</summary>
    public bool IsRest => Intervals.Count == 0;

    /// <summary>Reads a chord symbol; false when it is not one this renderer knows.</summary>
    public static bool TryParse(string symbol, out BackingChord chord)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        chord = null!;
        if (symbol == RestSymbol)
        {
            chord = new BackingChord(symbol, 0, [], 0);
            return true;
        }

        var text = symbol;
        var bass = -1;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            if (!TryReadNote(text.AsSpan(slash + 1), out bass, out var bassLength) || bassLength != text.Length - slash - 1)
                return false;
            text = text[..slash];
        }

        if (!TryReadNote(text, out var root, out var rootLength))
            return false;
        var suffix = text[rootLength..];
        foreach (var (name, intervals) in Qualities)
        {
            if (suffix == name)
            {
                chord = new BackingChord(symbol, root, intervals, bass >= 0 ? bass : root);
                return true;
            }
        }

        return false;
    }

    private static bool TryReadNote(ReadOnlySpan<char> text, out int pitchClass, out int length)
    {
        pitchClass = 0;
        length = 0;
        if (text.IsEmpty)
            return false;
        int? natural = text[0] switch
        {
            'C' => 0, 'D' => 2, 'E' => 4, 'F' => 5, 'G' => 7, 'A' => 9, 'B' => 11, _ => null,
        };
        if (natural is not { } value)
            return false;
        length = 1;
        if (text.Length > 1 && (text[1] == '#' || text[1] == 'b'))
        {
            value += text[1] == '#' ? 1 : -1;
            length = 2;
        }

        pitchClass = (value + 12) % 12;
        return true;
    }
}
