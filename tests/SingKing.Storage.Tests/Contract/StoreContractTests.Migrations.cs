using Dapper;
using SingKing.Storage.Migrations;
using SingKing.Storage.Singers;
using SingKing.Storage.Tests.Support;

namespace SingKing.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task Migrating_an_empty_database_records_every_version_once()
    {
        var database = new StorageDatabase(ProviderName, await NewEmptyDatabaseAsync());
        var migrator = new SchemaMigrator(database);

        var version = await migrator.MigrateAsync();

        Assert.Equal(migrator.LatestVersion, version);
        Assert.Equal(Enumerable.Range(1, migrator.LatestVersion), await RecordedVersionsAsync(database));
    }

    [StoreFact]
    public async Task Migrating_again_at_start_up_changes_nothing()
    {
        var migrator = new SchemaMigrator(Database);
        var singer = await NewSingerAsync("minji");

        var version = await migrator.MigrateAsync();

        Assert.Equal(migrator.LatestVersion, version);
        Assert.Equal(Enumerable.Range(1, migrator.LatestVersion), await RecordedVersionsAsync(Database));
        Assert.NotNull(await Singers.GetAsync(singer.Id, CancellationToken.None));
    }

    [StoreFact]
    public async Task Two_hosts_migrating_one_database_at_once_apply_each_script_once()
    {
        var connectionString = await NewEmptyDatabaseAsync();
        var first = new SchemaMigrator(new StorageDatabase(ProviderName, connectionString));
        var second = new SchemaMigrator(new StorageDatabase(ProviderName, connectionString));
        using var start = new Barrier(2);

        var versions = await Task.WhenAll(
            Task.Run(() => { start.SignalAndWait(); return first.MigrateAsync(); }),
            Task.Run(() => { start.SignalAndWait(); return second.MigrateAsync(); }));

        Assert.Equal([first.LatestVersion, first.LatestVersion], versions);
        var database = new StorageDatabase(ProviderName, connectionString);
        Assert.Equal(Enumerable.Range(1, first.LatestVersion), await RecordedVersionsAsync(database));
        var singer = await new SqlSingerStore(database).CreateAsync(
            new NewSinger("minji", "minji@example.com", "Minji", "hash", "ko", WeekStart), CancellationToken.None);
        Assert.NotEqual(0, singer.Id);
    }

    [StoreFact]
    public async Task A_database_migrated_by_a_newer_build_is_refused_with_both_versions()
    {
        var migrator = new SchemaMigrator(Database);
        await Database.RunAsync(
            connection => connection.ExecuteAsync(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, 'from_the_future', '2027-01-01T00:00:00Z');",
                new { version = migrator.LatestVersion + 1 }),
            CancellationToken.None);

        var error = await Assert.ThrowsAsync<SchemaTooNewException>(() => migrator.MigrateAsync());

        Assert.Equal((migrator.LatestVersion + 1, migrator.LatestVersion), (error.DatabaseVersion, error.CodeVersion));
    }

    [StoreFact]
    public async Task An_unreachable_database_fails_with_an_error_naming_it()
    {
        var database = new StorageDatabase(ProviderName, UnreachableConnectionString);

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => new SchemaMigrator(database).MigrateAsync());

        Assert.Contains(database.Description, error.Message, StringComparison.Ordinal);
    }

    private static async Task<IEnumerable<int>> RecordedVersionsAsync(StorageDatabase database) =>
        await database.RunAsync(
            connection => connection.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version;"),
            CancellationToken.None);
}
