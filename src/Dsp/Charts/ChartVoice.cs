namespace SingKing.Dsp.Charts;

/// <summary>The part of one singer: the whole song for a solo chart, one of up to nine parts of a duet.</summary>
/// <param name="Number">Voice number 1–9, as in the <c>P1</c>…<c>P9</c> lines (1 for a solo chart).</param>
/// <param name="SingerName">Name from <c>#P1</c>… or the legacy <c>#DUETSINGERP1</c>…, or null when not given.</param>
/// <param name="Phrases">Lines of lyrics in file order.</param>
public sealed record ChartVoice(int Number, string? SingerName, IReadOnlyList<ChartPhrase> Phrases)
{
    /// <summary>Every note of the voice, phrase after phrase.</summary>
    public IEnumerable<ChartNote> Notes => Phrases.SelectMany(p => p.Notes);
}
