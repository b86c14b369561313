using Microsoft.Extensions.Options;
using MySqlConnector;
using SingKing.Storage.Migrations;
using SingKing.Storage.Singers;
using SingKing.Storage.Takes;
using SingKing.Storage.Tests.Support;
using Xunit.Abstractions;

namespace SingKing.Storage.Tests.Takes;

/// <summary>A finished take survives the database going down: the saver keeps retrying until the server is back.</summary>
[RequiresMariaDb]
[Collection(MariaDbCollection.Name)]
public sealed class TakeSaverRestartTests(MariaDbServer server, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 17, 39, 0, TimeSpan.Zero);

    private StorageDatabase _database = null!;
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _connectionString = await server.CreateDatabaseAsync();
        _database = new StorageDatabase(StorageProviderNames.MySql, _connectionString);
        await new SchemaMigrator(_database).MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        // Whatever happened in the test, the next test class needs the server up.
        if (!await AnswersAsync())
        {
            await server.StartAsync();
        }

        await server.DropDatabaseAsync(_connectionString);
    }

    [StoreFact]
    public async Task A_take_saved_while_the_server_is_stopped_is_stored_once_the_server_is_back()
    {
        var singer = await new SqlSingerStore(_database).CreateAsync(
            new NewSinger("minji", "minji@example.com", "김민지", "hash", "ko", Now), CancellationToken.None);
        var takes = new SqlTakeStore(_database);
        var clock = new WaitWatchingClock(Now);
        var failures = new List<TakeSaveAttemptFailed>();
        var saver = new TakeSaver(takes, clock, Options.Create(new TakeSaveOptions()));
        var take = new Take
        {
            Id = "take-during-outage",
            SingerId = singer.Id,
            StartedAt = Now.AddMinutes(-2),
            EndedAt = Now,
            DurationSeconds = 120,
            Status = TakeOutcome.Complete,
            ReportJson = """{"phrases":[{"lyric":"아리랑","score":900}]}""",
        };

        await server.StopAsync();
        var saving = saver.SaveAsync(take, (failure, _) =>
        {
            lock (failures)
            {
                failures.Add(failure);
            }

            return ValueTask.CompletedTask;
        }, CancellationToken.None);
        var firstWait = await NextWaitAsync(clock, saving);
        await server.StartAsync();
        clock.Advance(firstWait);
        // A pooled connection from before the restart may fail once more; each failure starts another wait.
        while (await Task.WhenAny(saving, clock.Waits.WaitToReadAsync().AsTask()) != saving)
        {
            clock.Advance(await NextWaitAsync(clock, saving));
        }

        var attempts = await saving;
        output.WriteLine($"Saved after {attempts} attempts: {string.Join("; ", failures.Select(f => $"#{f.Attempt} {f.Error.Message}"))}");
        Assert.True(attempts >= 2, $"The save took {attempts} attempt(s); the first should have failed while the server was stopped.");
        Assert.Equal(attempts - 1, failures.Count);
        Assert.All(failures, failure => Assert.True(failure.WillRetry));
        Assert.IsType<StorageUnavailableException>(failures[0].Error);
        Assert.Equal(take, await takes.GetAsync(take.Id, CancellationToken.None));
    }

    private static async Task<TimeSpan> NextWaitAsync(WaitWatchingClock clock, Task saving)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var wait = clock.Waits.ReadAsync(timeout.Token).AsTask();
        if (await Task.WhenAny(wait, saving) == saving)
        {
            await saving;
            Assert.Fail("The save ended while the test expected it to wait before retrying.");
        }

        return await wait;
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            await using var connection = new MySqlConnection(_connectionString);
            await connection.OpenAsync();
            return true;
        }
        catch (MySqlException)
        {
            return false;
        }
    }
}
