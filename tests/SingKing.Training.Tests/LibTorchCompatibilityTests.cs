namespace SingKing.Training.Tests;

public sealed class LibTorchCompatibilityTests
{
    [Fact]
    public void The_bridge_s_newer_libstdcxx_requirement_is_made_weak_once()
    {
        // The copy beside the tests may already be relaxed by an earlier training run; the package's own is not.
        var package = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
            "torchsharp", "0.107.0", "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        Assert.True(File.Exists(package), $"no TorchSharp bridge at {package}");
        var copy = Path.Combine(Path.GetTempPath(), "libLibTorchSharp-" + Guid.NewGuid().ToString("N")[..8] + ".so");
        File.Copy(package, copy);
        try
        {
            var before = File.ReadAllBytes(copy);

            Assert.True(LibTorchCompatibility.Relax(copy));
            Assert.False(LibTorchCompatibility.Relax(copy));
            var after = File.ReadAllBytes(copy);
            Assert.Equal(before.Length, after.Length);
            Assert.Single(Enumerable.Range(0, before.Length), i => before[i] != after[i]);
        }
        finally
        {
            File.Delete(copy);
        }
    }
}
