using MessagePack;

namespace SingKing.Host.Accounts;

/// <summary>
/// Whether a signed-in singer's finished take was saved to the database before <c>endSession</c> answered, and the
/// experience it earned: the <c>save</c> of the session summary (null for an anonymous singer, whose takes stay in
/// files only).
/// </summary>
[MessagePackObject]
public sealed class TakeSaveResult
{
    /// <summary>True when the take is in the database; false when every attempt failed (its files are kept).</summary>
    [Key("saved")]
    public bool Saved { get; set; }

    /// <summary>How many attempts were made.</summary>
    [Key("attempts")]
    public int Attempts { get; set; }

    /// <summary>Why the take was not saved, in a sentence that says what happens next; null when saved.</summary>
    [Key("error")]
    public string? Error { get; set; }

    /// <summary>Points the take earned (0 for a take too short to count); null when not saved or not awarded.</summary>
    [Key("experienceGained")]
    public int? ExperienceGained { get; set; }

    /// <summary>The singer's points after the award; null when none was made.</summary>
    [Key("experiencePoints")]
    public long? ExperiencePoints { get; set; }

    /// <summary>The singer's level after the award; null when none was made.</summary>
    [Key("level")]
    public int? Level { get; set; }

    /// <summary>Whether this take raised the singer's level.</summary>
    [Key("levelUp")]
    public bool LevelUp { get; set; }
}
