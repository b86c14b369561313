using SingKing.Dsp.Charts;

namespace SingKing.Dsp.Scoring;

/// <summary>A scored chart note with its place in the voice and its timing in song seconds.</summary>
internal readonly record struct ScoredNote(int NoteIndex, int PhraseIndex, ChartNote Note, double StartSeconds, double EndSeconds, double Weight);
