namespace SingKing.Host.Tests.Battles;

/// <summary>One battle host for the API tests, its clock standing still on a Tuesday of the current week.</summary>
public sealed class BattleApiFixture : IAsyncLifetime
{
    public BattleHost Host { get; } = new(BattleHost.ClockInWeekOf(DateTimeOffset.UtcNow));

    public Task InitializeAsync()
    {
        _ = Host.Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
