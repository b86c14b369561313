using System.Net;
using System.Net.Sockets;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SingKing.Storage.Migrations;
using SingKing.Storage.Singers;
using SingKing.Storage.Takes;
using SingKing.Storage.Tests.Support;

namespace SingKing.Storage.Tests.Hosting;

/// <summary>What a host does with its storage configuration when it starts.</summary>
public sealed class StorageStartupTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "singking-host-" + Guid.NewGuid().ToString("N"));
    private readonly LogCapture _logs = new();

    public StorageStartupTests() => Directory.CreateDirectory(_contentRoot);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_contentRoot, recursive: true);
    }

    [Fact]
    public async Task A_host_without_storage_settings_keeps_a_migrated_SQLite_file_in_its_data_folder()
    {
        using var host = Build([]);

        await host.StartAsync();
        var singer = await host.Services.GetRequiredService<ISingerStore>().CreateAsync(
            new NewSinger("minji", "minji@example.com", "김민지", "hash", "ko", DateTimeOffset.UtcNow), CancellationToken.None);
        var take = new Take { Id = "take-1", SingerId = singer.Id, StartedAt = DateTimeOffset.UtcNow, EndedAt = DateTimeOffset.UtcNow };
        var attempts = await host.Services.GetRequiredService<TakeSaver>().SaveAsync(take, null, CancellationToken.None);
        var saved = await host.Services.GetRequiredService<ITakeStore>().GetAsync("take-1", CancellationToken.None);
        await host.StopAsync();

        Assert.True(File.Exists(Path.Combine(_contentRoot, "data", "singking.db")));
        Assert.Equal((1, singer.Id), (attempts, saved?.SingerId));
        Assert.Contains(_logs.Lines, line => line.Message.StartsWith("Storage ready: sqlite ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_host_keeps_the_SQLite_file_in_the_configured_data_folder()
    {
        using var host = Build([new("SingKing:DataPath", "elsewhere")]);

        await host.StartAsync();
        await host.StopAsync();

        Assert.True(File.Exists(Path.Combine(_contentRoot, "elsewhere", "singking.db")));
    }

    [Fact]
    public async Task A_host_whose_database_server_is_unreachable_does_not_start_and_logs_where_it_looked()
    {
        using var host = Build(
        [
            new("Storage:Provider", "mysql"),
            new("Storage:ConnectionString", "Server=127.0.0.1;Port=1;User ID=singking;Password=secret-password;Database=singking"),
        ]);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => host.StartAsync());

        var line = Assert.Single(_logs.Lines, line => line.Level == LogLevel.Critical);
        Assert.StartsWith("Storage unreachable at start-up: mysql 127.0.0.1:1/singking as singking.", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-password", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_whose_server_accepts_connections_but_never_answers_gives_up_instead_of_hanging()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        using var host = Build(
        [
            new("Storage:Provider", "mysql"),
            new("Storage:ConnectionString", $"Server=127.0.0.1;Port={port};User ID=singking;Password=x;Database=singking;Connection Timeout=2"),
        ]);

        // The bound only tells a hang from the configured 2 s timeout; it is far above it.
        var start = host.StartAsync().WaitAsync(TimeSpan.FromSeconds(60));

        await Assert.ThrowsAsync<StorageUnavailableException>(() => start);
        Assert.Contains(_logs.Lines, line => line.Level == LogLevel.Critical && line.Message.Contains($"127.0.0.1:{port}/singking", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_host_whose_database_file_is_not_a_database_does_not_start_and_logs_why()
    {
        var file = Path.Combine(_contentRoot, "data", "singking.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, "These are a singer's notes, not a SQLite database. ".PadRight(4096, '.'));
        using var host = Build([]);

        await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        var line = Assert.Single(_logs.Lines, line => line.Level == LogLevel.Critical);
        Assert.StartsWith($"Storage migration failed: sqlite {file}. ", line.Message, StringComparison.Ordinal);
        Assert.Contains("not a database", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_does_not_start_on_a_database_migrated_by_a_newer_build()
    {
        using (var first = Build([]))
        {
            await first.StartAsync();
            var database = first.Services.GetRequiredService<StorageDatabase>();
            await database.RunAsync(
                connection => connection.ExecuteAsync("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', 'x');"),
                CancellationToken.None);
            await first.StopAsync();
        }

        using var second = Build([]);

        var error = await Assert.ThrowsAsync<SchemaTooNewException>(() => second.StartAsync());
        Assert.Equal(999, error.DatabaseVersion);
        Assert.Contains(_logs.Lines, line => line.Level == LogLevel.Critical && line.Message.StartsWith("Storage schema too new", StringComparison.Ordinal));
    }

    [Fact]
    public void A_server_provider_without_a_connection_string_is_a_configuration_error_that_says_what_to_set()
    {
        using var host = Build([new("Storage:Provider", "mysql")]);

        var error = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<StorageDatabase>());

        Assert.Contains("Storage:ConnectionString is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_provider_is_a_configuration_error_that_lists_the_supported_ones()
    {
        using var host = Build([new("Storage:Provider", "postgres")]);

        var error = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<StorageDatabase>());

        Assert.Equal("Storage:Provider is \"postgres\"; the supported values are \"sqlite\" and \"mysql\".", error.Message);
    }

    private IHost Build(KeyValuePair<string, string?>[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = _contentRoot,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddProvider(_logs);
        builder.AddStorage();
        return builder.Build();
    }
}
