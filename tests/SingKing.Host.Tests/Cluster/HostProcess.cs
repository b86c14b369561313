using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SingKing.Host.Tests.Cluster;

/// <summary>
/// One real host process (<c>dotnet SingKing.Host.dll</c>) on loopback, with its own web, silo and gateway ports.
/// Its console output is kept to wait on and to explain a failure; dispose kills it, whatever happened before.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly List<(string Text, TaskCompletionSource Seen)> _awaited = [];
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _disposed;

    private HostProcess(string name, Process process, int webPort, int siloPort)
    {
        Name = name;
        _process = process;
        WebPort = webPort;
        SiloPort = siloPort;
    }

    public string Name { get; }

    public int WebPort { get; }

    public int SiloPort { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{WebPort}/");

    /// <summary>Everything the host wrote to its console so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>
    /// Starts the host built next to these tests (src/Host/bin/&lt;configuration&gt;/net10.0) with
    /// <paramref name="settings"/> as command-line configuration, in the Host project's folder as its content root.
    /// </summary>
    public static HostProcess Start(string name, IReadOnlyDictionary<string, string> settings)
    {
        var (hostDll, projectFolder) = FindHost();
        var webPort = FreeTcpPort();
        var siloPort = FreeTcpPort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = projectFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(hostDll);
        var all = new Dictionary<string, string>(settings)
        {
            ["urls"] = $"http://127.0.0.1:{webPort}",
            ["Orleans:SiloPort"] = siloPort.ToString(),
            ["Orleans:GatewayPort"] = FreeTcpPort().ToString(),
            ["Logging:Console:FormatterName"] = "simple",
            ["Logging:Console:FormatterOptions:SingleLine"] = "true",
            ["Logging:LogLevel:Default"] = "Information",
        };
        foreach (var (key, value) in all)
        {
            start.ArgumentList.Add($"--{key}");
            start.ArgumentList.Add(value);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new HostProcess(name, process, webPort, siloPort);
        process.OutputDataReceived += (_, line) => host.Received(line.Data);
        process.ErrorDataReceived += (_, line) => host.Received(line.Data);
        process.Exited += (_, _) => host._exited.TrySetResult(process.ExitCode);
        if (!process.Start())
            throw new InvalidOperationException($"Could not start host {name}: dotnet {hostDll}");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Completes when the host writes a line containing <paramref name="text"/> (or has written one already).</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout, string waitingFor)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_output)
        {
            if (_output.ToString().Contains(text, StringComparison.Ordinal))
                return;
            _awaited.Add((text, seen));
        }

        var exited = _exited.Task;
        var finished = await Task.WhenAny(seen.Task, exited, Task.Delay(timeout));
        if (finished == seen.Task)
            return;
        var why = finished == exited ? $"it exited with code {exited.Result}" : $"nothing came within {timeout.TotalSeconds:0} s";
        throw new TimeoutException($"Host {Name} was to say \"{text}\" ({waitingFor}), but {why}. Its output:\n{Output}");
    }

    /// <summary>Kills the host and everything it started, as a machine or container that dies does.</summary>
    public async Task KillAsync()
    {
        if (_disposed)
            return;
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _disposed = true;
        _process.Dispose();
    }

    private void Received(string? line)
    {
        if (line is null)
            return;
        lock (_output)
        {
            _output.AppendLine(line);
            foreach (var (text, seen) in _awaited.Where(a => line.Contains(a.Text, StringComparison.Ordinal)).ToList())
            {
                seen.TrySetResult();
                _awaited.Remove((text, seen));
            }
        }
    }

    private static (string Dll, string ProjectFolder) FindHost()
    {
        // These tests build under bin/<configuration>/net10.0; the host project builds alongside, in its own bin.
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        for (var directory = testOutput; directory is not null; directory = directory.Parent)
        {
            if (!File.Exists(Path.Combine(directory.FullName, "SingKing.sln")))
                continue;
            var project = Path.Combine(directory.FullName, "src", "Host");
            var dll = Path.Combine(project, "bin", configuration, framework, "SingKing.Host.dll");
            return File.Exists(dll)
                ? (dll, project)
                : throw new FileNotFoundException($"The host binary {dll} is missing. Build it first: dotnet build src/Host -c {configuration}.", dll);
        }

        throw new DirectoryNotFoundException($"No SingKing.sln above {AppContext.BaseDirectory}: the multi-host tests run the host from the repository's src/Host.");
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
