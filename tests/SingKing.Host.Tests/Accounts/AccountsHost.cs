using Microsoft.AspNetCore.Mvc.Testing;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests.Accounts;

/// <summary>A host of its own, with extra settings on top of the test host's ports and temporary data folder.</summary>
public sealed class AccountsHost : IAsyncDisposable
{
    private readonly SingKingHostFactory _root = new();

    public AccountsHost(IReadOnlyDictionary<string, string?>? settings = null)
        : this(_ => settings ?? new Dictionary<string, string?>())
    {
    }

    /// <summary>A host whose settings may name files in its data folder.</summary>
    public AccountsHost(Func<string, IReadOnlyDictionary<string, string?>> settingsFor)
    {
        var settings = settingsFor(_root.DataPath);
        Factory = _root.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
                builder.UseSetting(key, value);
        });
    }

    public WebApplicationFactory<Program> Factory { get; }

    public string DataPath => _root.DataPath;

    /// <summary>The SQLite file the host uses by default.</summary>
    public string DatabaseFile => Path.Combine(DataPath, "singking.db");

    public LogCapture Logs => _root.Logs;

    public string TakeFolder(string singerKey, string takeId) => _root.TakeFolder(singerKey, takeId);

    public AccountClient NewClient() => new(Factory);

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _root.DisposeAsync();
    }
}
