using SingKing.Dsp.Alignment;
using static SingKing.Dsp.Tests.Alignment.RenderedTakes;

namespace SingKing.Dsp.Tests.Alignment;

/// <summary>
/// The aligner runs in the session grain for every chunk of every singer, so after warm-up it must not allocate.
/// Counted bytes, not timed, so the result is deterministic.
/// </summary>
[Collection(AllocationCollection.Name)]
public sealed class AlignmentAllocationTests
{
    [Fact]
    public void Aligning_a_take_two_frames_at_a_time_allocates_nothing_after_the_first_second()
    {
        var frames = SingTransposed(Twinkle, 0);
        // A first aligner sings the whole take, so every path (phrase ends, final notes) is compiled before counting.
        var rehearsal = new NoteAligner(Twinkle, Twinkle.Voices[0], Difficulty.Medium);
        for (var i = 0; i < frames.Length; i += 2)
            rehearsal.Add(frames.AsSpan(i, Math.Min(2, frames.Length - i)));
        var aligner = new NoteAligner(Twinkle, Twinkle.Voices[0], Difficulty.Medium);
        const int batch = 2, warmUp = 100;
        for (var i = 0; i < warmUp; i += batch)
            aligner.Add(frames.AsSpan(i, batch));
        var finals = 0;

        var allocated = AllocationCount.Of(() =>
        {
            for (var i = warmUp; i < frames.Length; i += batch)
            {
                var update = aligner.Add(frames.AsSpan(i, Math.Min(batch, frames.Length - i)));
                foreach (var note in update.Notes)
                    finals += note.IsFinal ? 1 : 0;
            }
        });

        Assert.Equal(aligner.Notes.Count, finals);
        Assert.Equal(3, aligner.PhraseResults.Count);
        Assert.Equal(0, allocated);
    }
}
