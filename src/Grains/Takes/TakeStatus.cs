namespace SingKing.Grains.Takes;

/// <summary>Where a take stands; written to take.json as "open", "complete" or "abandoned".</summary>
public enum TakeStatus
{
    /// <summary>Audio is still arriving (or the host stopped before the take ended).</summary>
    Open,

    /// <summary>The singer ended the take.</summary>
    Complete,

    /// <summary>The connection closed, or the session went idle, before the singer ended the take.</summary>
    Abandoned,
}
