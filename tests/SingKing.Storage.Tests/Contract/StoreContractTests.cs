using SingKing.Storage.Battles;
using SingKing.Storage.Diagnoses;
using SingKing.Storage.Migrations;
using SingKing.Storage.Singers;
using SingKing.Storage.Songs;
using SingKing.Storage.Takes;

namespace SingKing.Storage.Tests.Contract;

/// <summary>
/// What every storage provider must do, run once per provider by a concrete class. Each test gets a new, migrated
/// database. The parts of the suite are split by store over several files.
/// </summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    /// <summary>Monday 23 November 2026, 00:00 UTC: the start of the week the leaderboard tests rank.</summary>
    protected static readonly DateTimeOffset WeekStart = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private readonly List<string> _databases = [];

    /// <summary>The provider under test (<see cref="StorageProviderNames"/>).</summary>
    protected abstract string ProviderName { get; }

    /// <summary>A connection string for a database of this provider that cannot be opened.</summary>
    protected abstract string UnreachableConnectionString { get; }

    /// <summary>The test's migrated database.</summary>
    protected StorageDatabase Database { get; private set; } = null!;

    /// <summary>Its connection string.</summary>
    protected string ConnectionString { get; private set; } = "";

    protected ISingerStore Singers { get; private set; } = null!;

    protected ISongCatalogStore Songs { get; private set; } = null!;

    protected ITakeStore Takes { get; private set; } = null!;

    protected IDiagnosisStore Diagnoses { get; private set; } = null!;

    protected IBattleStore Battles { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        ConnectionString = await NewEmptyDatabaseAsync();
        Database = new StorageDatabase(ProviderName, ConnectionString);
        await new SchemaMigrator(Database).MigrateAsync();
        Singers = new SqlSingerStore(Database);
        Songs = new SqlSongCatalogStore(Database);
        Takes = new SqlTakeStore(Database);
        Diagnoses = new SqlDiagnosisStore(Database);
        Battles = new SqlBattleStore(Database);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        foreach (var database in _databases)
        {
            await DeleteDatabaseAsync(database);
        }
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    protected abstract Task<string> CreateEmptyDatabaseAsync();

    /// <summary>Deletes a database <see cref="CreateEmptyDatabaseAsync"/> made.</summary>
    protected abstract Task DeleteDatabaseAsync(string connectionString);

    /// <summary>An empty database, deleted after the test.</summary>
    protected async Task<string> NewEmptyDatabaseAsync()
    {
        var connectionString = await CreateEmptyDatabaseAsync();
        _databases.Add(connectionString);
        return connectionString;
    }

    protected Task<Singer> NewSingerAsync(string userName, string? displayName = null) =>
        Singers.CreateAsync(
            new NewSinger(userName, $"{userName}@example.com", displayName ?? userName, "AQAAAAIAAYagAAAAEH4sh", "ko", WeekStart),
            CancellationToken.None);

    protected Task AddSongAsync(string id, string title = "아리랑") =>
        Songs.UpsertAsync(
            new CatalogSong
            {
                Id = id,
                Title = title,
                Artist = "Traditional",
                Language = "Korean",
                Style = "ballad",
                Difficulty = "easy",
                DurationSeconds = 95.5,
                Source = SongSource.Bundled,
                AddedAt = WeekStart,
            },
            CancellationToken.None);

    /// <summary>A complete take of <paramref name="songId"/> that ended at <paramref name="endedAt"/> after 60 s.</summary>
    protected static Take TakeOf(Singer singer, string id, string? songId, int? score, DateTimeOffset endedAt, TakeOutcome status = TakeOutcome.Complete) =>
        new()
        {
            Id = id,
            SingerId = singer.Id,
            SongId = songId,
            Difficulty = songId is null ? null : "medium",
            StartedAt = endedAt.AddSeconds(-60),
            EndedAt = endedAt,
            DurationSeconds = 60,
            Status = status,
            TotalScore = score,
            PitchAccuracy = score is null ? null : score / 10000.0,
            RhythmAccuracy = score is null ? null : 0.5,
        };

    protected Task SaveAsync(Take take) => Takes.SaveAsync(take, CancellationToken.None);
}
