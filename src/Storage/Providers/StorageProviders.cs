namespace SingKing.Storage.Providers;

/// <summary>Finds the provider a configuration names.</summary>
internal static class StorageProviders
{
    public static StorageProvider For(string name) => name.Trim().ToLowerInvariant() switch
    {
        StorageProviderNames.Sqlite => new SqliteStorageProvider(),
        StorageProviderNames.MySql or "mariadb" => new MySqlStorageProvider(),
        _ => throw new InvalidOperationException(
            $"Storage:Provider is \"{name}\"; the supported values are \"{StorageProviderNames.Sqlite}\" and \"{StorageProviderNames.MySql}\"."),
    };
}
