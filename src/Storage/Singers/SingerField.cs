namespace SingKing.Storage.Singers;

/// <summary>The singer fields that must be unique.</summary>
public enum SingerField
{
    /// <summary>The sign-in name.</summary>
    UserName,

    /// <summary>The e-mail address.</summary>
    Email,
}
