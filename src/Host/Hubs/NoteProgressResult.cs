using MessagePack;

namespace SingKing.Host.Hubs;

/// <summary>How far one of the song's notes has been sung: one entry of <see cref="ChunkResult.Notes"/>.</summary>
[MessagePackObject]
public sealed class NoteProgressResult
{
    /// <summary>The note's index in the song's first voice, in file order.</summary>
    [Key("id")]
    public int Id { get; set; }

    /// <summary>Share of the note earned so far, in [0, 1]; from 0.6 the note counts as hit.</summary>
    [Key("hit")]
    public double Hit { get; set; }

    /// <summary>Whether the song has passed the note's end, so it will not change again.</summary>
    [Key("final")]
    public bool Final { get; set; }
}
