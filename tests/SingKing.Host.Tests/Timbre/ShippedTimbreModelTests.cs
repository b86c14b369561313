using SingKing.Dsp.Timbre;
using SingKing.Grains.Timbre;

namespace SingKing.Host.Tests.Timbre;

public sealed class ShippedTimbreModelTests
{
    private static string Contract => Path.Combine(AppContext.BaseDirectory, "models", "timbre", "timbre.json");

    [Fact]
    public void The_shipped_model_tells_the_synthetic_timbres_apart_for_singers_it_never_heard()
    {
        using var model = TimbreModel.Load(Contract);
        var analyzer = new TimbreAnalyzer(model);
        var right = 0;
        var wrong = new List<string>();
        foreach (var label in TimbreLabels.All)
        {
            // Singers 500 and up are drawn from the same traits as the corpus, but none of them is in it.
            for (var singer = 500; singer < 503; singer++)
            {
                var diagnosis = analyzer.Diagnose(new SyntheticTimbreSinger(label, singer).Sing(0, 10.5), 16_000);
                if (diagnosis.Label == label)
                    right++;
                else
                    wrong.Add($"{label} singer {singer} → {diagnosis.Label}");
            }
        }

        // 12 clips; chance is 3.
        Assert.True(right >= 9, $"{right} of 12 right; wrong: {string.Join("; ", wrong)}");
    }

    [Fact]
    public async Task One_model_classifies_from_many_threads_at_once_with_the_same_results()
    {
        using var model = TimbreModel.Load(Contract);
        var patches = new MfccPatchExtractor(model.PatchOptions).Extract(new SyntheticTimbreSinger(TimbreLabels.Trot, 500).Sing(1, 4.0), 16_000);
        var expected = model.Classify(patches);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => model.Classify(patches))));

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void The_shipped_model_and_its_contract_load_and_are_under_5_MB()
    {
        using var model = TimbreModel.Load(Contract);

        Assert.Equal(TimbreLabels.All, model.Labels);
        Assert.Equal(TimbreModelContract.SyntheticData, model.Contract.TrainingData);
        Assert.InRange(new FileInfo(Path.Combine(Path.GetDirectoryName(Contract)!, model.Contract.Model)).Length, 1, 5 * 1024 * 1024);
    }

    [Fact]
    public void A_contract_whose_input_shape_does_not_match_its_MFCC_settings_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("singking-contract-").FullName;
        try
        {
            var path = Path.Combine(folder, "timbre.json");
            var text = File.ReadAllText(Contract).Replace("\"patchFrames\": 128", "\"patchFrames\": 100", StringComparison.Ordinal);
            File.WriteAllText(path, text);

            var error = Assert.Throws<InvalidDataException>(() => TimbreModelContract.Read(path));

            Assert.Contains("input shape", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
