using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace SingKing.Storage.Tests.Leaderboards;

/// <summary>
/// A real redis-server from the machine's binaries, on a free port with a temporary folder, for the whole test class;
/// stopped and removed afterwards. It persists nothing unless <see cref="AppendOnly"/>.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    /// <summary>Logs every write to disk before answering it and loads the log back on start, as the compose file's Redis does.</summary>
    public bool AppendOnly { get; init; }

    private readonly string _folder = Directory.CreateTempSubdirectory("singking-redis-").FullName;

    // How long redis-server may take to start listening, or to stop.
    private static readonly TimeSpan StartStopTimeout = TimeSpan.FromSeconds(30);

    public int Port { get; } = FreePort();

    public IConnectionMultiplexer Connection { get; private set; } = null!;

    public string Endpoint => $"127.0.0.1:{Port},allowAdmin=true";

    public async Task InitializeAsync()
    {
        await StartAsync();

        // Ready in a few milliseconds, or seconds on a loaded machine; the client retries its connection until then.
        try
        {
            Connection = await ConnectionMultiplexer.ConnectAsync(new ConfigurationOptions
            {
                EndPoints = { { IPAddress.Loopback, Port } },
                AllowAdmin = true,
                AbortOnConnectFail = false,
                ConnectTimeout = 10_000,
                AsyncTimeout = 30_000,
            });
            await Connection.GetDatabase().PingAsync();
        }
        catch (RedisException)
        {
            // xUnit does not dispose a fixture that failed to start: a server that comes up late must not outlive it.
            StopByPidFile();
            throw;
        }
    }

    /// <summary>
    /// Starts redis-server on <see cref="Port"/>; again after <see cref="StopAsync"/>, empty unless it logs its writes
    /// (<see cref="AppendOnly"/>), when it loads them back.
    /// </summary>
    public async Task StartAsync()
    {
        var binary = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server is not installed; the leaderboard tests run a real one: apt-get install redis-server (.ci/run does).");
        using var start = Process.Start(new ProcessStartInfo(binary)
        {
            ArgumentList =
            {
                "--port", Port.ToString(), "--bind", "127.0.0.1", "--dir", _folder, "--save", "", "--appendonly", AppendOnly ? "yes" : "no", "--appendfsync", "always",
                "--daemonize", "yes", "--pidfile", Path.Combine(_folder, "redis.pid"),
            },
            RedirectStandardOutput = true,
        })!;
        await start.WaitForExitAsync();

        // A daemonized server forks before it listens: on a loaded machine its port can stay closed for seconds after
        // the command returns, longer than a client's first commands wait in their backlog.
        var deadline = Stopwatch.StartNew();
        while (!Listening())
        {
            if (deadline.Elapsed > StartStopTimeout)
                throw new TimeoutException($"redis-server on port {Port} did not accept connections {StartStopTimeout.TotalSeconds} s after it was started.");
            await Task.Delay(20);
        }
    }

    /// <summary>
    /// Shuts redis-server down without saving, as a crash or a restart does, and waits until its port refuses
    /// connections. Clients connected to it see their connection fail.
    /// </summary>
    public async Task StopAsync()
    {
        try
        {
            Connection.GetServer(IPAddress.Loopback, Port).Shutdown(ShutdownMode.Never);
        }
        catch (RedisConnectionException)
        {
            // The server closes the connection as it shuts down.
        }

        var deadline = Stopwatch.StartNew();
        while (Listening())
        {
            if (deadline.Elapsed > StartStopTimeout)
                throw new TimeoutException($"redis-server on port {Port} still accepted connections {StartStopTimeout.TotalSeconds} s after SHUTDOWN.");
            // A daemonized server is not our child: its closed port is the only sign that it is gone.
            await Task.Delay(20);
        }
    }

    public async Task FlushAsync() => await Connection.GetServer(IPAddress.Loopback, Port).FlushAllDatabasesAsync();

    public async Task DisposeAsync()
    {
        try
        {
            Connection.GetServer(IPAddress.Loopback, Port).Shutdown(ShutdownMode.Never);
        }
        catch (RedisConnectionException)
        {
            // The server closes the connection as it shuts down.
        }

        await Connection.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private bool Listening()
    {
        try
        {
            using var probe = new TcpClient();
            probe.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private void StopByPidFile()
    {
        var pidFile = Path.Combine(_folder, "redis.pid");
        if (File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid))
        {
            try
            {
                using var server = Process.GetProcessById(pid);
                server.Kill();
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
