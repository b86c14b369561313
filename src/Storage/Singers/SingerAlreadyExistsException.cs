namespace SingKing.Storage.Singers;

/// <summary>Sign-up chose a user name or e-mail address another singer already has.</summary>
public sealed class SingerAlreadyExistsException : StorageConflictException
{
    /// <summary>Names the field that is taken.</summary>
    public SingerAlreadyExistsException(SingerField takenField, Exception innerException)
        : base(
            StorageConflict.Duplicate,
            takenField == SingerField.UserName
                ? "That user name is taken; choose another one."
                : "That e-mail address already has an account; sign in instead.",
            innerException)
    {
        TakenField = takenField;
    }

    /// <summary>Which unique field collided.</summary>
    public SingerField TakenField { get; }
}
