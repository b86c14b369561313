using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MySqlConnector;

namespace SingKing.Storage.Tests.Support;

/// <summary>
/// A real MariaDB server for the whole test run, started from the machine's binaries on a free port with a
/// temporary data folder, and stopped (folder deleted) after. Each test gets its own database.
/// </summary>
public sealed class MariaDbServer : IAsyncLifetime
{
    private const string User = "singking";

    // mariadb-install-db gives root and the OS user it runs for all privileges over the socket (unix_socket
    // authentication), so the fixture administers the server as whoever runs the tests, root or not.
    private static readonly string OsUser = Environment.UserName;
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "singking-mariadb-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string _password = Guid.NewGuid().ToString("N");
    private Process? _server;

    /// <summary>The TCP port the server listens on (127.0.0.1).</summary>
    public int Port { get; private set; }

    /// <summary>Whether the server was started (false where the MariaDB tests are skipped).</summary>
    public bool Started => Port != 0;

    private string DataFolder => Path.Combine(_folder, "data");

    private string Socket => Path.Combine(_folder, "mysqld.sock");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!MariaDbBinaries.Available)
        {
            if (MariaDbBinaries.Required)
            {
                throw new InvalidOperationException(MariaDbBinaries.MissingMessage);
            }

            // Every test of the collection is skipped; nothing to start.
            return;
        }

        Directory.CreateDirectory(_folder);
        Port = FreeTcpPort();
        await RunAsync(
            MariaDbBinaries.InstallDb!,
            ["--no-defaults", $"--user={OsUser}", $"--datadir={DataFolder}", "--auth-root-authentication-method=socket", "--skip-test-db"]);
        await StartAsync();
        await RunAsync(
            MariaDbBinaries.Client!,
            ["--no-defaults", $"--socket={Socket}", $"-u{OsUser}", "-e",
             // TCP logins from 127.0.0.1 match 'user'@'localhost' when it exists, so both hosts get the user.
             $"CREATE USER '{User}'@'127.0.0.1' IDENTIFIED BY '{_password}'; CREATE USER '{User}'@'localhost' IDENTIFIED BY '{_password}'; " +
             $"GRANT ALL ON *.* TO '{User}'@'127.0.0.1'; GRANT ALL ON *.* TO '{User}'@'localhost';"]);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Started)
        {
            await StopAsync();
        }

        MySqlConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Starts the server (again, after <see cref="StopAsync"/>) and waits until it answers.</summary>
    public async Task StartAsync()
    {
        var start = new ProcessStartInfo(MariaDbBinaries.Server!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])
                 ["--no-defaults", $"--user={OsUser}", $"--datadir={DataFolder}", $"--socket={Socket}",
                  $"--pid-file={Path.Combine(_folder, "mariadbd.pid")}", $"--port={Port}", "--bind-address=127.0.0.1",
                  $"--log-error={Path.Combine(_folder, "err.log")}", "--skip-name-resolve",
                  // A test server: durability on every commit only slows the suite down.
                  "--innodb-flush-log-at-trx-commit=2", "--innodb-buffer-pool-size=64M"])
        {
            start.ArgumentList.Add(argument);
        }

        _server = Process.Start(start) ?? throw new InvalidOperationException("mariadbd did not start.");
        // The server logs to err.log; drain its console so a full pipe can never block it.
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_server.HasExited)
            {
                throw new InvalidOperationException($"mariadbd exited with code {_server.ExitCode} while starting; see {Path.Combine(_folder, "err.log")}: {ErrorLogTail()}");
            }

            if (await RunAsync(MariaDbBinaries.Admin!, ["--no-defaults", $"--socket={Socket}", $"-u{OsUser}", "ping"], throwOnFailure: false) == 0)
            {
                return;
            }

            if (deadline.Elapsed > ReadyTimeout)
            {
                throw new TimeoutException($"mariadbd did not answer a ping within {ReadyTimeout.TotalSeconds} s: {ErrorLogTail()}");
            }

            // The server process gives no signal when it accepts connections; ask again shortly.
            await Task.Delay(50);
        }
    }

    /// <summary>Shuts the server down cleanly and waits for the process to end.</summary>
    public async Task StopAsync()
    {
        if (_server is null)
        {
            return;
        }

        await RunAsync(MariaDbBinaries.Admin!, ["--no-defaults", $"--socket={Socket}", $"-u{OsUser}", "shutdown"], throwOnFailure: false);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _server.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _server.Kill();
            await _server.WaitForExitAsync();
        }

        _server.Dispose();
        _server = null;
    }

    /// <summary>A connection string for a new, empty database on this server.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        await using var connection = new MySqlConnection(ConnectionString(null));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE {name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;";
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>Drops a database <see cref="CreateDatabaseAsync"/> made.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new MySqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new MySqlConnection(ConnectionString(null));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS {name};";
        await command.ExecuteNonQueryAsync();
    }

    private string ConnectionString(string? database) => new MySqlConnectionStringBuilder
    {
        Server = "127.0.0.1",
        Port = (uint)Port,
        UserID = User,
        Password = _password,
        Database = database ?? "",
    }.ConnectionString;

    private string ErrorLogTail()
    {
        var log = Path.Combine(_folder, "err.log");
        return File.Exists(log) ? string.Join(Environment.NewLine, File.ReadLines(log).TakeLast(10)) : "(no error log)";
    }

    private static async Task<int> RunAsync(string program, string[] arguments, bool throwOnFailure = true)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (throwOnFailure && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed with exit code {process.ExitCode}: {await error}{await output}");
        }

        return process.ExitCode;
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
