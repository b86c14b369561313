using System.Text;

namespace SingKing.Dsp.Charts;

/// <summary>One line of lyrics: the notes up to a phrase end (<c>- BEAT</c>).</summary>
/// <param name="Notes">The notes in file order.</param>
/// <param name="EndBeat">
/// Beat of the phrase end marker, absolute. The last phrase of a voice often has no marker; it then ends
/// where its latest note ends.
/// </param>
public sealed record ChartPhrase(IReadOnlyList<ChartNote> Notes, int EndBeat)
{
    /// <summary>Beat at which the earliest note of the phrase starts.</summary>
    public int StartBeat => Notes.Count == 0 ? EndBeat : Notes.Min(n => n.StartBeat);

    /// <summary>
    /// The line's lyrics as shown to the singer: syllables joined, <c>~</c> removed, runs of whitespace
    /// collapsed to one space, and no space at either end.
    /// </summary>
    public string Lyrics
    {
        get
        {
            var joined = new StringBuilder();
            foreach (var note in Notes)
                joined.Append(note.Text.Replace("~", "", StringComparison.Ordinal));
            return string.Join(' ', joined.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
    }

    /// <summary>The words of <see cref="Lyrics"/>: spaces in note texts are the only word boundaries.</summary>
    public IReadOnlyList<string> Words => Lyrics.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
