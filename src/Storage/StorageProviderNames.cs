namespace SingKing.Storage;

/// <summary>The values <see cref="StorageOptions.Provider"/> accepts.</summary>
public static class StorageProviderNames
{
    /// <summary>An embedded SQLite file (Microsoft.Data.Sqlite).</summary>
    public const string Sqlite = "sqlite";

    /// <summary>A MySQL or MariaDB server (MySqlConnector).</summary>
    public const string MySql = "mysql";
}
