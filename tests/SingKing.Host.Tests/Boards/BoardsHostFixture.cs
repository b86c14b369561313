using SingKing.Host.Tests.Accounts;

namespace SingKing.Host.Tests.Boards;

/// <summary>One host, with a database and boards of its own, for the board tests.</summary>
public sealed class BoardsHostFixture : IAsyncLifetime
{
    public AccountsHost Host { get; } = new(new Dictionary<string, string?> { ["Accounts:SignInAttemptsPerAddress"] = "10000" });

    public Task InitializeAsync()
    {
        _ = Host.Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
