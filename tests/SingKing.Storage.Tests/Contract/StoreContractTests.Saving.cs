using Microsoft.Extensions.Options;
using SingKing.Storage.Takes;
using SingKing.Storage.Tests.Support;

namespace SingKing.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task The_saver_saves_a_take_at_the_first_attempt_when_the_database_is_up()
    {
        var singer = await NewSingerAsync("minji");
        var failures = new List<TakeSaveAttemptFailed>();
        var saver = new TakeSaver(Takes, new WaitWatchingClock(WeekStart), Options.Create(new TakeSaveOptions()));

        var attempts = await saver.SaveAsync(TakeOf(singer, "take-1", null, null, WeekStart), Record(failures), CancellationToken.None);

        Assert.Equal((1, 0), (attempts, failures.Count));
        Assert.NotNull(await Takes.GetAsync("take-1", CancellationToken.None));
    }

    [StoreFact]
    public async Task The_saver_reports_every_failed_attempt_with_its_wait_and_gives_up_after_the_last()
    {
        var unreachable = new SqlTakeStore(new StorageDatabase(ProviderName, UnreachableConnectionString));
        var clock = new WaitWatchingClock(WeekStart);
        var options = new TakeSaveOptions { FirstDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(3), MaxAttempts = 4 };
        var failures = new List<TakeSaveAttemptFailed>();
        var saver = new TakeSaver(unreachable, clock, Options.Create(options));

        var saving = saver.SaveAsync(TakeOf(new SingKing.Storage.Singers.Singer { Id = 1 }, "take-1", null, null, WeekStart), Record(failures), CancellationToken.None);
        for (var wait = 0; wait < options.MaxAttempts - 1; wait++)
        {
            clock.Advance(await NextWaitAsync(clock, saving));
        }

        var error = await Assert.ThrowsAsync<TakeNotSavedException>(() => saving);
        Assert.Equal(4, error.Attempts);
        Assert.Equal([1, 2, 3, 4], failures.Select(failure => failure.Attempt));
        Assert.Equal([true, true, true, false], failures.Select(failure => failure.WillRetry));
        Assert.All(failures, failure => Assert.IsType<StorageUnavailableException>(failure.Error));
        Assert.Equal(TimeSpan.Zero, failures[^1].RetryIn);
    }

    [StoreFact]
    public async Task The_saver_does_not_retry_a_take_that_breaks_a_schema_rule()
    {
        var singer = await NewSingerAsync("minji");
        var failures = new List<TakeSaveAttemptFailed>();
        var saver = new TakeSaver(Takes, new WaitWatchingClock(WeekStart), Options.Create(new TakeSaveOptions()));

        await Assert.ThrowsAsync<StorageConflictException>(() =>
            saver.SaveAsync(TakeOf(singer, "take-1", null, 20000, WeekStart), Record(failures), CancellationToken.None));

        Assert.Empty(failures);
    }

    /// <summary>A failed-attempt callback that records each report.</summary>
    protected static Func<TakeSaveAttemptFailed, CancellationToken, ValueTask> Record(List<TakeSaveAttemptFailed> failures) =>
        (failure, _) =>
        {
            lock (failures)
            {
                failures.Add(failure);
            }

            return ValueTask.CompletedTask;
        };

    /// <summary>The next wait the saver starts; fails if the save ends or nothing happens for 30 s instead.</summary>
    protected static async Task<TimeSpan> NextWaitAsync(WaitWatchingClock clock, Task saving)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var wait = clock.Waits.ReadAsync(timeout.Token).AsTask();
        var first = await Task.WhenAny(wait, saving);
        if (first == saving)
        {
            await saving;
            Assert.Fail("The save ended while the test expected it to wait before another attempt.");
        }

        try
        {
            return await wait;
        }
        catch (OperationCanceledException)
        {
            Assert.Fail("The saver neither retried nor finished within 30 s: it was expected to start a wait before its next attempt.");
            throw;
        }
    }
}
