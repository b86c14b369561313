namespace SingKing.Storage.Takes;

/// <summary>How hard <see cref="TakeSaver"/> tries (configuration section <c>Storage:TakeSave</c>).</summary>
public sealed class TakeSaveOptions
{
    /// <summary>The wait after the first failed attempt, before jitter; doubles after each further failure.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait between two attempts, before jitter.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// Attempts before giving up, the first included. With the default delays the waits add up to between 32 s and
    /// 64 s (depending on jitter): long enough to ride out a database restart while the singer is still on the page.
    /// </summary>
    public int MaxAttempts { get; set; } = 12;
}
