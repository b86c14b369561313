namespace SingKing.Grains.Reports;

/// <summary>One scored note of a report.</summary>
/// <param name="Index">Index in the voice, file order (the live contract's note id).</param>
/// <param name="Phrase">Index of its line.</param>
/// <param name="StartSeconds">Chart start, song time.</param>
/// <param name="EndSeconds">Chart end, song time.</param>
/// <param name="Midi">MIDI pitch of the chart note (60 = C4).</param>
/// <param name="Type">"normal", "golden", "rap" or "rapGolden".</param>
/// <param name="Text">The syllable as written in the chart.</param>
/// <param name="Sung">Whether a sung segment was matched to it.</param>
/// <param name="SungStartSeconds">Song time the singer started it, latency removed; null when missed.</param>
/// <param name="SungEndSeconds">Song time the singer left it; null when missed.</param>
/// <param name="OnsetDeviationMs">Sung start − chart start, positive late; null when missed.</param>
/// <param name="EndDeviationMs">Sung end − chart end; null when missed.</param>
/// <param name="MeanCentsError">Octave-folded, positive sharp; null for rap notes and when nothing was voiced.</param>
/// <param name="Credit">0–1: what the note earned.</param>
public sealed record ReportNote(
    int Index,
    int Phrase,
    double StartSeconds,
    double EndSeconds,
    int Midi,
    string Type,
    string Text,
    bool Sung,
    double? SungStartSeconds,
    double? SungEndSeconds,
    double? OnsetDeviationMs,
    double? EndDeviationMs,
    double? MeanCentsError,
    double Credit);
