namespace SingKing.Storage.Takes;

/// <summary>How a stored take ended (open takes live only in the session until they end).</summary>
public enum TakeOutcome
{
    /// <summary>The singer ended the take.</summary>
    Complete,

    /// <summary>The connection closed, or the session went idle, before the singer ended the take.</summary>
    Abandoned,
}
