namespace SingKing.Dsp.Timbre;

/// <summary>The four timbres of the shipped baseline, in the order of its outputs.</summary>
public static class TimbreLabels
{
    /// <summary>Breathy, soft, slow vibrato.</summary>
    public const string Ballad = "ballad";

    /// <summary>Clean, bright, straight tone.</summary>
    public const string Dance = "dance";

    /// <summary>Rough, bright, loud, distorted edges.</summary>
    public const string Rock = "rock";

    /// <summary>Wide, fast vibrato and bent notes (꺾기).</summary>
    public const string Trot = "trot";

    /// <summary>All four, alphabetically (the order of the shipped model's outputs).</summary>
    public static IReadOnlyList<string> All { get; } = [Ballad, Dance, Rock, Trot];
}
