using System.Runtime.CompilerServices;
using SingKing.Dsp.Pitch;
using SingKing.Dsp.Range;
using SingKing.Grains.Takes;

namespace SingKing.Grains.Sessions;

/// <summary>The state of a take while audio arrives. Its buffers are allocated once and reused for every chunk.</summary>
internal sealed class OpenTake(string takeId, string connectionId, int sampleRate, PitchTracker tracker, TakeFiles files)
{
    // A list slot plus a ChunkGap object (header, method table pointer and two longs) on a 64-bit runtime.
    private const int BytesPerGap = 8 + 16 + 2 * sizeof(long);

    public string TakeId { get; } = takeId;

    /// <summary>The connection that streams the take; a resume hands it to a new one.</summary>
    public string ConnectionId { get; set; } = connectionId;

    /// <summary>When the take last heard from its connection (its start, a chunk, a resume).</summary>
    public DateTimeOffset LastHeardUtc { get; set; }

    /// <summary>When its connection went away without ending the take, while the take waits to be resumed; null while connected.</summary>
    public DateTimeOffset? DroppedUtc { get; set; }

    public int SampleRate { get; } = sampleRate;

    public PitchTracker Tracker { get; } = tracker;

    public TakeFiles Files { get; } = files;

    /// <summary>The song the take is sung to, with its note alignment; null for a take without a song.</summary>
    public KaraokeTake? Karaoke { get; init; }

    /// <summary>Every frame of the take, live or flushed, goes here too, so the take can be asked for its range at any time.</summary>
    public RangeAnalyzer RangeAnalyzer { get; } = new();

    /// <summary>The sequence number that continues the take without a gap.</summary>
    public long NextSequence { get; set; }

    public long ChunksAccepted { get; set; }

    public long DuplicateChunks { get; set; }

    public long FrameCount { get; set; }

    public long VoicedFrameCount { get; set; }

    /// <summary>One chunk's samples, converted from little-endian bytes.</summary>
    public short[] Samples { get; } = new short[AudioChunkRules.MaxChunkBytes / AudioChunkRules.BytesPerSample];

    /// <summary>The frames one call to the tracker produced; cleared before each chunk.</summary>
    public List<PitchFrame> Frames { get; } = new(capacity: 128);

    public IReadOnlyList<ChunkGap> Gaps => Files.Record.Gaps;

    public long WorkingBufferBytes =>
        Samples.Length * sizeof(short)
        + Frames.Capacity * Unsafe.SizeOf<PitchFrame>()
        + Gaps.Count * BytesPerGap
        + TakeFiles.BufferBytes;

    /// <summary>True when <paramref name="sequence"/> fell in a gap, so it was never accepted.</summary>
    public bool IsMissing(long sequence)
    {
        foreach (var gap in Gaps)
        {
            if (sequence >= gap.FirstSequence && sequence < gap.FirstSequence + gap.Count)
                return true;
        }

        return false;
    }
}
