using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SingKing.Storage.Migrations;

/// <summary>
/// Migrates the database while the host starts, before it serves anyone, and stops the start with one clear log
/// line when the database is unreachable, broken or newer than this build.
/// </summary>
internal sealed class SchemaMigrationService(StorageDatabase database, SchemaMigrator migrator, ILogger<SchemaMigrationService> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var version = await migrator.MigrateAsync(cancellationToken);
            logger.LogInformation("Storage ready: {Database} at schema version {Version}", database.Description, version);
        }
        catch (StorageUnavailableException exception)
        {
            logger.LogCritical(
                "Storage unreachable at start-up: {Database}. Check Storage:Provider and Storage:ConnectionString, and that the server is running. {Error}",
                database.Description,
                exception.Message);
            throw;
        }
        catch (SchemaTooNewException exception)
        {
            logger.LogCritical("Storage schema too new: {Database}. {Error}", database.Description, exception.Message);
            throw;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogCritical(exception, "Storage migration failed: {Database}. {Error}", database.Description, exception.Message);
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
