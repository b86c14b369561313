using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Data.Sqlite;
using SingKing.Host.Accounts;
using SingKing.Host.Hubs;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests.Accounts;

/// <summary>
/// Nothing is lost: while the database is unavailable (another process holds the SQLite file's write lock), ending a
/// take retries the save and tells the singer; it is saved once the database is back, and if it never comes back the
/// take's files are kept and endSession says it was not saved. Each test runs its own host whose SQLite waits at most
/// 1 s for the lock and whose saver retries after 0.2–0.4 s.
/// </summary>
public sealed class TakeSaveRetryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_take_ended_while_the_database_is_locked_is_saved_once_it_is_free_and_the_singer_is_told_it_is_retrying()
    {
        await using var host = HostWithDatabaseTimeout(maxAttempts: 100);
        using var browser = host.NewClient();
        await browser.SignUpNewAsync();
        var retrying = new TaskCompletionSource<TakeSaveRetrying>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = browser.BuildHubConnection();
        connection.On<TakeSaveRetrying>(TakeSaveRetrying.MethodName, message => retrying.TrySetResult(message));
        await connection.StartAsync();
        await StreamTakeAsync(connection);

        SessionSummary summary;
        await using (var blocker = await LockAsync(host.DatabaseFile))
        {
            var ending = connection.InvokeAsync<SessionSummary>("endSession");
            var message = await retrying.Task.WaitAsync(Patience);

            Assert.Equal(1, message.Attempt);
            Assert.InRange(message.RetryInSeconds, 0.1, 0.2);
            Assert.False(ending.IsCompleted, "endSession answered while the database was still locked");
            await blocker.DisposeAsync();
            summary = await ending.WaitAsync(Patience);
        }

        Assert.True(summary.Save!.Saved);
        Assert.True(summary.Save.Attempts >= 2, $"{summary.Save.Attempts} attempts");
        Assert.NotNull(await host.Factory.Services.GetTakeStore().GetAsync(summary.TakeId, CancellationToken.None));
    }

    [Fact]
    public async Task A_take_whose_database_stays_locked_is_reported_not_saved_with_its_summary_and_files_kept()
    {
        await using var host = HostWithDatabaseTimeout(maxAttempts: 2);
        using var browser = host.NewClient();
        var accountId = await browser.SignUpNewAsync();
        await using var connection = await browser.ConnectAsync();
        await StreamTakeAsync(connection);

        SessionSummary summary;
        await using (await LockAsync(host.DatabaseFile))
            summary = await connection.InvokeAsync<SessionSummary>("endSession").WaitAsync(Patience);

        Assert.False(summary.Save!.Saved);
        Assert.Equal(2, summary.Save.Attempts);
        Assert.Contains("kept", summary.Save.Error);
        Assert.True(summary.DurationSeconds > 5.9, $"{summary.DurationSeconds} s");
        Assert.True(File.Exists(Path.Combine(host.TakeFolder($"account-{accountId}", summary.TakeId), "audio.wav")));
        Assert.Null(await host.Factory.Services.GetTakeStore().GetAsync(summary.TakeId, CancellationToken.None));
    }

    private static AccountsHost HostWithDatabaseTimeout(int maxAttempts) => new(dataPath =>
    {
        // Only the default connection string creates the data folder.
        Directory.CreateDirectory(dataPath);
        return new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(dataPath, "singking.db")};Default Timeout=1",
            ["Storage:TakeSave:FirstDelay"] = "00:00:00.200",
            ["Storage:TakeSave:MaxDelay"] = "00:00:00.400",
            ["Storage:TakeSave:MaxAttempts"] = maxAttempts.ToString(),
        };
    });

    private static async Task StreamTakeAsync(HubConnection connection)
    {
        await connection.InvokeAsync<SessionStarted>("startSession", new StartSessionRequest { SampleRate = SyntheticVoice.SampleRate });
        var sequence = 0;
        foreach (var pcm in SyntheticVoice.Chunks(SyntheticVoice.Sing((220, 6.0))))
            await connection.InvokeAsync<ChunkResult>("sendChunk", new AudioChunk { Sequence = sequence++, SampleRate = SyntheticVoice.SampleRate, Pcm = pcm });
    }

    /// <summary>Holds the file's write lock, as a long write by another host would, until disposed.</summary>
    private static async Task<SqliteConnection> LockAsync(string databaseFile)
    {
        var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE;";
        await command.ExecuteNonQueryAsync();
        return connection;
    }
}
