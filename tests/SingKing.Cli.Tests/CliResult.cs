namespace SingKing.Cli.Tests;

/// <summary>What one run of <c>singking</c> returned and printed.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Runs the real dispatcher in this process.</summary>
    public static CliResult Run(params string[] args) => Run(CommandDispatcher.CreateDefault(), args);

    public static CliResult Run(CommandDispatcher dispatcher, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exitCode = dispatcher.Run(args, stdout, stderr);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The CSV rows after the header.</summary>
    public string[] Rows => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..];
}
