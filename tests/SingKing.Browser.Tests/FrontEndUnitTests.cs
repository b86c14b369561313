using System.Diagnostics;

namespace SingKing.Browser.Tests;

/// <summary>
/// Runs the front end's own unit tests (Vitest, wwwroot/src/**/*.test.ts) as part of <c>dotnet test</c>, so one
/// command runs the whole suite. The Host's build has already installed the npm packages.
/// </summary>
public sealed class FrontEndUnitTests
{
    [Fact]
    public async Task Front_end_unit_tests_pass()
    {
        var frontEnd = Path.Combine(RepositoryRoot(), "wwwroot");
        var start = new ProcessStartInfo("npm", "test")
        {
            WorkingDirectory = frontEnd,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["CI"] = "true"; // Vitest: no watch mode, no colours

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("Could not start npm; install Node.js 20.19 or newer.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"`npm test` in {frontEnd} exited with {process.ExitCode}:\n{await output}\n{await errors}");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SingKing.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"No SingKing.sln above {AppContext.BaseDirectory}.");
    }
}
