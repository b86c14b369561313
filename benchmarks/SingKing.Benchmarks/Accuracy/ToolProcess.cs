using System.Diagnostics;

namespace SingKing.Benchmarks.Accuracy;

/// <summary>Runs a command-line tool and returns what it printed.</summary>
internal static class ToolProcess
{
    /// <exception cref="InvalidOperationException">The tool could not start or exited with an error.</exception>
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {fileName}; is it installed and on PATH?");

        // Read both streams concurrently so a chatty stderr cannot block the tool.
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{fileName} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}: {await error}");
        return await output;
    }
}
