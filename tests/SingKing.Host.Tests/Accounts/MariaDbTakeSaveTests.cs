using Microsoft.AspNetCore.SignalR.Client;
using SingKing.Host.Accounts;
using SingKing.Host.Hubs;
using SingKing.Host.Tests.Support;
using SingKing.Storage.Tests.Support;

namespace SingKing.Host.Tests.Accounts;

/// <summary>
/// A host on a real MariaDB whose server is stopped while a signed-in singer's take ends: endSession tells the singer
/// it is retrying, waits, and answers with the take saved once the server is started again.
/// </summary>
public sealed class MariaDbTakeSaveTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly MariaDbServer _server = new();

    public async Task InitializeAsync() => await _server.InitializeAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [MariaDbFact]
    public async Task A_take_ended_while_MariaDB_is_stopped_is_saved_once_it_is_back_and_the_singer_is_told_meanwhile()
    {
        var connectionString = await _server.CreateDatabaseAsync();
        await using var host = new AccountsHost(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "mysql",
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:TakeSave:FirstDelay"] = "00:00:00.200",
            ["Storage:TakeSave:MaxDelay"] = "00:00:01",
            ["Storage:TakeSave:MaxAttempts"] = "200",
        });
        using var browser = host.NewClient();
        await browser.SignUpNewAsync();
        var retrying = new TaskCompletionSource<TakeSaveRetrying>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = browser.BuildHubConnection();
        connection.On<TakeSaveRetrying>(TakeSaveRetrying.MethodName, message => retrying.TrySetResult(message));
        await connection.StartAsync();
        await connection.InvokeAsync<SessionStarted>("startSession", new StartSessionRequest { SampleRate = SyntheticVoice.SampleRate });
        var sequence = 0;
        foreach (var pcm in SyntheticVoice.Chunks(SyntheticVoice.Sing((220, 6.0))))
            await connection.InvokeAsync<ChunkResult>("sendChunk", new AudioChunk { Sequence = sequence++, SampleRate = SyntheticVoice.SampleRate, Pcm = pcm });

        await _server.StopAsync();
        var ending = connection.InvokeAsync<SessionSummary>("endSession");
        var message = await retrying.Task.WaitAsync(Patience);
        Assert.False(ending.IsCompleted, "endSession answered while the server was stopped");
        await _server.StartAsync();
        var summary = await ending.WaitAsync(Patience);

        Assert.Equal(1, message.Attempt);
        Assert.True(summary.Save!.Saved, summary.Save.Error);
        Assert.True(summary.Save.Attempts >= 2, $"{summary.Save.Attempts} attempts");
        Assert.Equal(10, summary.Save.ExperienceGained);
        var take = await host.Factory.Services.GetTakeStore().GetAsync(summary.TakeId, CancellationToken.None);
        Assert.NotNull(take);
        Assert.Equal(summary.DurationSeconds, take.DurationSeconds, 6);
    }
}
