namespace SingKing.Host.Tests.Accounts;

/// <summary>
/// One host for the account tests. Every test signs in from the same address, so the per-address limit is raised
/// here; the limit itself is tested on hosts of its own.
/// </summary>
public sealed class AccountsHostFixture : IAsyncLifetime
{
    public AccountsHost Host { get; } = new(new Dictionary<string, string?> { ["Accounts:SignInAttemptsPerAddress"] = "10000" });

    public Task InitializeAsync()
    {
        _ = Host.Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
