namespace SingKing.Storage;

/// <summary>
/// The database was migrated by a newer version of SingKing than this one: running on would risk writing rows
/// the newer schema does not expect.
/// </summary>
public sealed class SchemaTooNewException : Exception
{
    /// <summary>Describes both versions.</summary>
    public SchemaTooNewException(int databaseVersion, int codeVersion)
        : base($"The database schema is at version {databaseVersion}, but this build of SingKing only knows versions up to {codeVersion}. " +
               "Run a build at least as new as the one that migrated the database, or point Storage:ConnectionString at another database.")
    {
        DatabaseVersion = databaseVersion;
        CodeVersion = codeVersion;
    }

    /// <summary>The highest version recorded in the database's <c>schema_version</c> table.</summary>
    public int DatabaseVersion { get; }

    /// <summary>The highest migration this build carries.</summary>
    public int CodeVersion { get; }
}
