using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SingKing.Storage.Battles;
using SingKing.Storage.Diagnoses;
using SingKing.Storage.Leaderboards;
using SingKing.Storage.Migrations;
using SingKing.Storage.Providers;
using SingKing.Storage.Singers;
using SingKing.Storage.Songs;
using SingKing.Storage.Takes;
using StackExchange.Redis;

namespace SingKing.Storage;

/// <summary>Registers the stores and migrates the database when the host starts.</summary>
public static class StorageExtensions
{
    /// <summary>The SQLite file used when <c>Storage:ConnectionString</c> is not set, inside the app's data folder.</summary>
    public const string DefaultSqliteFile = "singking.db";

    /// <summary>
    /// Adds <see cref="ISingerStore"/>, <see cref="ISongCatalogStore"/>, <see cref="ITakeStore"/>,
    /// <see cref="IDiagnosisStore"/>, <see cref="IBattleStore"/> and <see cref="TakeSaver"/>, and migrates the schema at start-up (the host does
    /// not start when that fails). Configuration: <c>Storage:Provider</c> (<c>sqlite</c> or <c>mysql</c>),
    /// <c>Storage:ConnectionString</c> (for SQLite by default <c>singking.db</c> in <c>SingKing:DataPath</c>, itself
    /// <c>data</c> under the content root), <c>Storage:MigrationLockTimeoutSeconds</c>, <c>Storage:TakeSave</c>.
    /// Call it before the services that use the database are added, so the migration runs first.
    /// </summary>
    public static TBuilder AddStorage<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var section = builder.Configuration.GetSection(StorageOptions.SectionName);
        builder.Services.Configure<StorageOptions>(section);
        builder.Services.Configure<TakeSaveOptions>(section.GetSection("TakeSave"));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddMetrics();
        builder.Services.TryAddSingleton<StorageMetrics>();

        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            var environment = services.GetRequiredService<IHostEnvironment>();
            var configuration = services.GetRequiredService<IConfiguration>();
            // The provider is checked first, so a misspelt one is reported as such rather than as a missing connection string.
            var provider = StorageProviders.For(options.Provider);
            return new StorageDatabase(
                provider.Name,
                ConnectionStringFor(options, provider, configuration, environment),
                services.GetRequiredService<StorageMetrics>());
        });
        builder.Services.AddSingleton(services => new SchemaMigrator(
            services.GetRequiredService<StorageDatabase>(),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<SchemaMigrator>>(),
            TimeSpan.FromSeconds(services.GetRequiredService<IOptions<StorageOptions>>().Value.MigrationLockTimeoutSeconds)));
        builder.Services.AddHostedService<SchemaMigrationService>();

        builder.Services.AddSingleton<ISingerStore, SqlSingerStore>();
        builder.Services.AddSingleton<ISongCatalogStore, SqlSongCatalogStore>();
        builder.Services.AddSingleton<ITakeStore, SqlTakeStore>();
        builder.Services.AddSingleton<IDiagnosisStore, SqlDiagnosisStore>();
        builder.Services.AddSingleton<IBattleStore, SqlBattleStore>();
        builder.Services.AddSingleton<TakeSaver>();
        AddLeaderboards(builder.Services, builder.Configuration[LeaderboardRedisKey]);
        return builder;
    }

    private static string ConnectionStringFor(StorageOptions options, StorageProvider provider, IConfiguration configuration, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        if (provider.Name != StorageProviderNames.Sqlite)
        {
            throw new InvalidOperationException(
                $"Storage:Provider is \"{options.Provider}\" but Storage:ConnectionString is not set; " +
                "set it, e.g. Server=db.example;Port=3306;Database=singking;User ID=singking;Password=….");
        }

        var dataPath = Path.GetFullPath(configuration["SingKing:DataPath"] ?? "data", environment.ContentRootPath);
        Directory.CreateDirectory(dataPath);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataPath, DefaultSqliteFile) }.ToString();
    }

    /// <summary>Configuration key of the Redis that holds the leaderboards; without it they are kept in memory.</summary>
    public const string LeaderboardRedisKey = "Leaderboards:Redis";

    private static void AddLeaderboards(IServiceCollection services, string? redis)
    {
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<ILeaderboardStore, InMemoryLeaderboardStore>();
            return;
        }

        // One multiplexer per process, as StackExchange.Redis intends; it reconnects by itself after a Redis restart.
        services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(redis);
            options.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(options);
        });
        services.AddSingleton<ILeaderboardStore, RedisLeaderboardStore>();
    }
}
