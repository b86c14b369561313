using System.Text.Json;
using SingKing.Dsp.Audio;
using SingKing.Dsp.Timbre;

namespace SingKing.Cli.Tests;

public sealed class TimbreCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Wav(string name, float[] samples, int sampleRate = 16_000)
    {
        var stream = new MemoryStream();
        WavWriter.Write(stream, samples, sampleRate);
        return _dir.File(name, stream.ToArray());
    }

    [Fact]
    public void Timbre_prints_one_line_of_JSON_with_the_label_probabilities_and_descriptors()
    {
        var path = Wav("rock.wav", new SyntheticTimbreSinger(TimbreLabels.Rock, 400).Sing(0, 10.5));

        var result = CliResult.Run("timbre", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var json = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal("rock", json.GetProperty("label").GetString());
        var probabilities = json.GetProperty("probabilities").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        Assert.Equal(TimbreLabels.All, probabilities.Keys);
        Assert.Equal(1.0, probabilities.Values.Sum(), 2);
        var descriptors = json.GetProperty("descriptors");
        foreach (var name in new[] { "spectral_centroid_hz", "singers_formant_db", "harmonics_to_noise_db", "jitter_percent", "shimmer_percent", "vibrato_rate_hz", "vibrato_extent_cents" })
            Assert.True(descriptors.TryGetProperty(name, out _), $"no {name}");
    }

    [Fact]
    public void Timbre_on_a_take_shorter_than_10_s_says_how_long_to_sing_and_exits_1()
    {
        var path = Wav("short.wav", new SyntheticTimbreSinger(TimbreLabels.Dance, 400).Sing(0, 4.0));

        var result = CliResult.Run("timbre", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("at least 10 s", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Timbre_with_a_missing_model_contract_names_it_and_exits_2()
    {
        var path = Wav("any.wav", new float[16_000]);

        var result = CliResult.Run("timbre", path, "--model", Path.Combine(_dir.Path, "none.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("none.json", result.Stderr);
    }

    public void Dispose() => _dir.Dispose();
}
