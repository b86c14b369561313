using System.Globalization;
using System.Numerics;
using SingKing.Dsp.Audio;
using SingKing.Dsp.Timbre;
using SingKing.Grains.Timbre;
using SingKing.Training;

namespace SingKing.Cli.Commands;

/// <summary>
/// <c>singking make-timbre-corpus DIR</c>: writes the synthetic labelled corpus the shipped timbre model is
/// trained on, DIR/LABEL/singerNN-clipM.wav (16 kHz, 16-bit), from fixed seeds: the same files every time.
/// </summary>
internal sealed class MakeTimbreCorpusCommand : ICommand
{
    /// <summary>Sample rate of the corpus files, in Hz.</summary>
    public const int SampleRate = 16_000;

    public string Name => "make-timbre-corpus";

    public string Arguments => "DIR [--singers N] [--clips N] [--seconds S]";

    public string Summary => "Write the synthetic labelled timbre corpus (one folder per timbre).";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 1 && args[0] is "--help" or "-h")
        {
            WriteUsage(stdout);
            return ExitCodes.Success;
        }

        if (!CommandOptions.TryParse(args, ["--singers", "--clips", "--seconds"], out var folder, out var options, out var error) || folder is null)
        {
            stderr.WriteLine($"singking: {error ?? "make-timbre-corpus needs a folder."}");
            WriteUsage(stderr);
            return ExitCodes.UsageOrInput;
        }

        if (!TryNumber(options, "--singers", 40, 5, 1000, out var singers, stderr) ||
            !TryNumber(options, "--clips", 4, 1, 1000, out var clips, stderr) ||
            !TryNumber(options, "--seconds", 3.0, 1.5, 120, out var seconds, stderr))
        {
            return ExitCodes.UsageOrInput;
        }

        Directory.CreateDirectory(folder);
        // Read by train-timbre into the model's contract, so the model says it was trained on synthetic voices.
        File.WriteAllText(Path.Combine(folder, TimbreCorpus.SourceFileName),
            $"{TimbreModelContract.SyntheticData}\nWritten by: singking make-timbre-corpus DIR --singers {singers} --clips {clips} --seconds {seconds.ToString(CultureInfo.InvariantCulture)}\n");
        var files = 0;
        foreach (var label in TimbreLabels.All)
        {
            var directory = Path.Combine(folder, label);
            Directory.CreateDirectory(directory);
            for (var singer = 0; singer < singers; singer++)
            {
                var voice = new SyntheticTimbreSinger(label, singer);
                for (var clip = 0; clip < clips; clip++)
                {
                    var path = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"singer{singer:D2}-clip{clip}.wav"));
                    using var stream = File.Create(path);
                    WavWriter.Write(stream, voice.Sing(clip, seconds, SampleRate), SampleRate);
                    files++;
                }
            }
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"folder\":\"{folder.Replace("\\", "\\\\").Replace("\"", "\\\"")}\",\"labels\":{TimbreLabels.All.Count},\"singers_per_label\":{singers},\"clips_per_singer\":{clips},\"seconds\":{seconds},\"files\":{files}}}"));
        return ExitCodes.Success;
    }

    private static bool TryNumber<T>(IReadOnlyDictionary<string, string> options, string name, T fallback, T min, T max, out T value, TextWriter stderr)
        where T : INumber<T>
    {
        value = fallback;
        if (!options.TryGetValue(name, out var text))
            return true;
        if (T.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max)
        {
            value = parsed;
            return true;
        }

        stderr.WriteLine($"singking: {name} must be a number from {min} to {max}, not '{text}'.");
        return false;
    }

    private static void WriteUsage(TextWriter writer)
    {
        writer.WriteLine("Usage: singking make-timbre-corpus DIR [--singers N] [--clips N] [--seconds S]");
        writer.WriteLine();
        writer.WriteLine("Writes DIR/<timbre>/singerNN-clipM.wav for the timbres ballad, dance, rock and trot: N singers");
        writer.WriteLine("per timbre (default 40, each with their own voice, range and tempo), N clips each (default 4)");
        writer.WriteLine("of S seconds (default 3), 16 kHz 16-bit mono. Fixed seeds: the same files every time.");
    }
}
