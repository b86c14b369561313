using MessagePack;

namespace SingKing.Host.Hubs;

/// <summary>Argument of <c>startSession</c>.</summary>
[MessagePackObject]
public sealed class StartSessionRequest
{
    /// <summary>Sample rate of the audio the client will send, in Hz (must be 16 000).</summary>
    [Key("sampleRate")]
    public int SampleRate { get; set; }

    /// <summary>The song sung (its id in <c>/api/songs</c>); absent for a take without a song.</summary>
    [Key("songId")]
    public string? SongId { get; set; }

    /// <summary>"easy", "medium" or "hard"; absent means medium. Only with a song.</summary>
    [Key("difficulty")]
    public string? Difficulty { get; set; }

    /// <summary>The device's delay from song to microphone, in milliseconds (0–1000); absent means 0. Only with a song.</summary>
    [Key("latencyMs")]
    public double? LatencyMs { get; set; }

    /// <summary>
    /// True for a practice pass over part of the song (the report's "practise this" loop): it is judged live like any
    /// take, but makes no report and enters no history. Only with a song.
    /// </summary>
    [Key("practice")]
    public bool? Practice { get; set; }
}
