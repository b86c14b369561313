using System.Runtime.InteropServices;

namespace SingKing.Dsp.Alignment;

/// <summary>
/// What changed during one call to a <see cref="NoteAligner"/>: the notes whose progress moved, the lines that
/// ended, and every frame placed on the song. The aligner reuses one instance: its contents are valid until the
/// next call, so copy what must outlive it.
/// </summary>
public sealed class AlignmentUpdate
{
    internal readonly List<NoteProgress> ChangedNotes;
    internal readonly List<PhraseResult> EndedPhrases;
    internal readonly List<AlignedFrame> AlignedFrames = [];

    // Sized so that a live session, a few frames a call, never grows them.
    internal AlignmentUpdate(int noteCapacity, int phraseCapacity)
    {
        ChangedNotes = new List<NoteProgress>(noteCapacity);
        EndedPhrases = new List<PhraseResult>(phraseCapacity);
    }

    /// <summary>Scored notes that received frames or became final, in the order they were first touched.</summary>
    public ReadOnlySpan<NoteProgress> Notes => CollectionsMarshal.AsSpan(ChangedNotes);

    /// <summary>Lines that ended, in the order they ended; lines without scored notes are not rated.</summary>
    public ReadOnlySpan<PhraseResult> Phrases => CollectionsMarshal.AsSpan(EndedPhrases);

    /// <summary>One entry per frame fed, in order.</summary>
    public ReadOnlySpan<AlignedFrame> Frames => CollectionsMarshal.AsSpan(AlignedFrames);

    /// <summary>The running total after this call.</summary>
    public UltraStarScore Score { get; internal set; }

    /// <summary>Song time in seconds up to which the song has been aligned.</summary>
    public double SongTimeSeconds { get; internal set; }

    internal void Clear()
    {
        ChangedNotes.Clear();
        EndedPhrases.Clear();
        AlignedFrames.Clear();
    }
}
