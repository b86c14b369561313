namespace SingKing.Host.Singers;

/// <summary>Who is singing: the key of their session grain and take folder, and their account when signed in.</summary>
/// <param name="Id">
/// The session grain's key and the name of the singer's take folder: <c>account-&lt;id&gt;</c> for a signed-in
/// singer, the <c>singking-singer</c> cookie's value for an anonymous one.
/// </param>
/// <param name="AccountId">The signed-in singer's account id; null for an anonymous singer.</param>
public sealed record SingerKey(string Id, long? AccountId)
{
    /// <summary>Whether the singer is signed in, so their takes are saved to the database.</summary>
    public bool IsSignedIn => AccountId is not null;
}
