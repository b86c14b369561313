using System.Globalization;

namespace SingKing.Dsp.Synthesis;

/// <summary>
/// The accompaniment of a song as a musician would jot it down: a time signature, a count-in, a pickup, and
/// one or more chord symbols per bar. Read from a song's <c>arrangement.txt</c>:
/// <code>
/// # Amazing Grace, in G
/// time: 3/4
/// count-in: 2
/// pickup: 1
/// bars:
/// G | G7 | C | G
/// G | Em | D | D7
/// </code>
/// A beat here is a quarter note, which is 4 beats of an UltraStar chart whose <c>#BPM</c> is the quarter-note
/// tempo. Several chords in one bar share its beats evenly (the first ones get any beat left over).
/// </summary>
/// <param name="BeatsPerBar">Quarter-note beats per bar (the numerator of an N/4 time signature), 1–12.</param>
/// <param name="CountInBars">Bars of clicks before the singing starts (0 for none).</param>
/// <param name="PickupBeats">
/// Quarter-note beats sung before the first full bar (an anacrusis), counted from the chart's beat 0 (<c>#GAP</c>).
/// </param>
/// <param name="Bars">Chords of each bar, the first full bar first.</param>
public sealed record BackingArrangement(int BeatsPerBar, int CountInBars, double PickupBeats, IReadOnlyList<IReadOnlyList<BackingChord>> Bars)
{
    /// <summary>UltraStar beats per quarter note: a chart's <c>#BPM</c> counts quarter notes, and its beats are a quarter of those.</summary>
    public const int ChartBeatsPerQuarter = 4;

    /// <summary>Reads an arrangement; throws <see cref="BackingArrangementException"/> naming the line that is wrong.</summary>
    public static BackingArrangement Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int? beatsPerBar = null;
        var countIn = 1;
        var pickup = 0.0;
        var bars = new List<IReadOnlyList<BackingChord>>();
        var inBars = false;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var line = lines[i];
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
                line = line[..hash];
            line = line.Trim();
            if (line.Length == 0)
                continue;

            if (!inBars)
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0)
                    throw new BackingArrangementException(lineNumber, $"\"{line}\" is not a setting; write \"time: 4/4\", \"count-in: 1\", \"pickup: 0\" or \"bars:\" followed by the chords.");
                var key = line[..colon].Trim().ToLowerInvariant();
                var value = line[(colon + 1)..].Trim();
                switch (key)
                {
                    case "time":
                        beatsPerBar = ParseTime(value, lineNumber);
                        break;
                    case "count-in":
                        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out countIn) || countIn > 8)
                            throw new BackingArrangementException(lineNumber, $"count-in \"{value}\" must be a whole number of bars from 0 to 8.");
                        break;
                    case "pickup":
                        if (!double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out pickup) || pickup > 64)
                            throw new BackingArrangementException(lineNumber, $"pickup \"{value}\" must be a number of quarter-note beats from 0 to 64.");
                        break;
                    case "bars":
                        inBars = true;
                        if (value.Length > 0)
                            ReadBars(value, lineNumber, bars);
                        break;
                    default:
                        throw new BackingArrangementException(lineNumber, $"unknown setting \"{key}\"; the settings are time, count-in, pickup and bars.");
                }
            }
            else
            {
                ReadBars(line, lineNumber, bars);
            }
        }

        if (beatsPerBar is null)
            throw new BackingArrangementException(0, "the time signature is missing; add a line such as \"time: 4/4\".");
        if (bars.Count == 0)
            throw new BackingArrangementException(0, "there are no bars; add \"bars:\" followed by chord symbols separated by |.");
        foreach (var bar in bars)
        {
            if (bar.Count > beatsPerBar)
                throw new BackingArrangementException(0, $"a bar holds {bar.Count} chords but only {beatsPerBar} beats; at most one chord per beat.");
        }

        return new BackingArrangement(beatsPerBar.Value, countIn, pickup, bars);
    }

    private static int ParseTime(string value, int lineNumber)
    {
        var parts = value.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var numerator)
            && parts[1].Trim() == "4"
            && numerator is >= 1 and <= 12)
            return numerator;
        throw new BackingArrangementException(lineNumber, $"time \"{value}\" must be N/4 with N from 1 to 12 (beats are quarter notes).");
    }

    private static void ReadBars(string line, int lineNumber, List<IReadOnlyList<BackingChord>> bars)
    {
        foreach (var cell in line.Split('|'))
        {
            var symbols = cell.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (symbols.Length == 0)
                continue;
            var bar = new List<BackingChord>(symbols.Length);
            foreach (var symbol in symbols)
            {
                if (!BackingChord.TryParse(symbol, out var chord))
                    throw new BackingArrangementException(lineNumber, $"\"{symbol}\" is not a chord symbol; write a root (C, F#, Bb) with m, 7, m7, maj7, 6, m6, dim, dim7, aug, sus2 or sus4, an optional /bass, or - for silence.");
                bar.Add(chord);
            }

            bars.Add(bar);
        }
    }
}
