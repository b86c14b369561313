namespace SingKing.Dsp.Tests.Charts;

/// <summary>Reads the sample charts kept in tests/SingKing.Dsp.Tests/data/charts.</summary>
internal static class ChartFiles
{
    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder.Value, name));

    private static readonly Lazy<string> Folder = new(() =>
    {
        // The test binaries run from bin/<configuration>/<framework>; the samples stay in the source tree.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "charts");
            if (File.Exists(Path.Combine(dir.FullName, "SingKing.Dsp.Tests.csproj")) && Directory.Exists(candidate))
                return candidate;
        }

        throw new DirectoryNotFoundException($"No data/charts folder above {AppContext.BaseDirectory}.");
    });
}
