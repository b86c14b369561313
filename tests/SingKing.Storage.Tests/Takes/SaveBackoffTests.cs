using SingKing.Storage.Takes;

namespace SingKing.Storage.Tests.Takes;

public sealed class SaveBackoffTests
{
    private static readonly TakeSaveOptions Options = new() { FirstDelay = TimeSpan.FromMilliseconds(500), MaxDelay = TimeSpan.FromSeconds(8) };

    [Fact]
    public void The_wait_doubles_after_each_failure_until_the_cap()
    {
        var longest = Enumerable.Range(1, 7).Select(failures => SaveBackoff.DelayAfter(failures, Options, unit: 1.0).TotalMilliseconds);

        Assert.Equal([500, 1000, 2000, 4000, 8000, 8000, 8000], longest);
    }

    [Fact]
    public void Jitter_never_shortens_a_wait_below_half_of_the_schedule()
    {
        var shortest = Enumerable.Range(1, 6).Select(failures => SaveBackoff.DelayAfter(failures, Options, unit: 0.0).TotalMilliseconds);

        Assert.Equal([250, 500, 1000, 2000, 4000, 4000], shortest);
    }

    [Fact]
    public void Jitter_spreads_waits_between_half_and_all_of_the_schedule()
    {
        var waits = new[] { 0.1, 0.5, 0.9 }.Select(unit => SaveBackoff.DelayAfter(3, Options, unit).TotalMilliseconds);

        Assert.Equal([1100, 1500, 1900], waits);
    }

    [Fact]
    public void A_thousand_failures_still_wait_no_longer_than_the_cap()
    {
        Assert.Equal(TimeSpan.FromSeconds(8), SaveBackoff.DelayAfter(1000, Options, unit: 1.0));
    }

    [Fact]
    public void The_default_schedule_keeps_trying_for_at_least_half_a_minute()
    {
        var defaults = new TakeSaveOptions();

        var shortestTotal = Enumerable.Range(1, defaults.MaxAttempts - 1)
            .Select(failures => SaveBackoff.DelayAfter(failures, defaults, unit: 0.0))
            .Aggregate(TimeSpan.Zero, (sum, wait) => sum + wait);

        Assert.True(shortestTotal >= TimeSpan.FromSeconds(30), $"The defaults give up after {shortestTotal.TotalSeconds} s of waiting at the least.");
    }
}
