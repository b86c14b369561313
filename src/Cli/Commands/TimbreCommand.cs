using System.Text.Json;
using SingKing.Dsp.Audio;
using SingKing.Grains.Timbre;

namespace SingKing.Cli.Commands;

/// <summary>
/// <c>singking timbre FILE.wav</c>: prints the timbre diagnosis as one line of JSON: <c>label</c>,
/// <c>probabilities</c> (label → 0–1) and <c>descriptors</c>, using the shipped model or <c>--model CONTRACT.json</c>.
/// </summary>
internal sealed class TimbreCommand : ICommand
{
    /// <summary>The shipped model's contract, relative to the executable.</summary>
    public static string DefaultContract => Path.Combine(AppContext.BaseDirectory, "models", "timbre", "timbre.json");

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public string Name => "timbre";

    public string Arguments => "FILE.wav [--model MODEL.json]";

    public string Summary => "Print the timbre (ballad, dance, rock, trot) and voice descriptors as JSON.";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 1 && args[0] is "--help" or "-h")
        {
            WriteUsage(stdout);
            return ExitCodes.Success;
        }

        if (!CommandOptions.TryParse(args, ["--model"], out var path, out var options, out var error) || path is null)
        {
            stderr.WriteLine($"singking: {error ?? "timbre needs a WAV file."}");
            WriteUsage(stderr);
            return ExitCodes.UsageOrInput;
        }

        float[] samples;
        int sampleRate;
        try
        {
            using var stream = File.OpenRead(path);
            samples = WavReader.ReadAll(stream, out var format);
            sampleRate = format.SampleRate;
        }
        catch (AudioFormatException exception)
        {
            stderr.WriteLine($"singking: {path}: {exception.Message}");
            return ExitCodes.UsageOrInput;
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"singking: {path}: no such file or not readable.");
            return ExitCodes.UsageOrInput;
        }

        TimbreModel model;
        var contract = options.GetValueOrDefault("--model") ?? DefaultContract;
        try
        {
            model = TimbreModel.Load(contract);
        }
        catch (Exception exception) when (exception is FileNotFoundException or InvalidDataException)
        {
            stderr.WriteLine($"singking: {exception.Message}");
            return ExitCodes.UsageOrInput;
        }

        using (model)
        {
            try
            {
                var diagnosis = new TimbreAnalyzer(model).Diagnose(samples, sampleRate);
                stdout.WriteLine(JsonSerializer.Serialize(new
                {
                    label = diagnosis.Label,
                    probabilities = diagnosis.Probabilities.ToDictionary(p => p.Label, p => p.Probability),
                    descriptors = diagnosis.Descriptors,
                    patches = diagnosis.Patches,
                }, Json));
                return ExitCodes.Success;
            }
            catch (TimbreRecordingException exception)
            {
                stderr.WriteLine($"singking: {path}: {exception.Message}");
                return ExitCodes.NothingFound;
            }
        }
    }

    private static void WriteUsage(TextWriter writer)
    {
        writer.WriteLine("Usage: singking timbre FILE.wav [--model MODEL.json]");
        writer.WriteLine();
        writer.WriteLine("Prints one line of JSON: {\"label\":\"ballad\",\"probabilities\":{\"ballad\":0.81,...},\"descriptors\":{...}}.");
        writer.WriteLine("FILE.wav: at least 10 s with 6 s or more of singing, 8-48 kHz. Exit code 1 when it is too short or");
        writer.WriteLine("holds too little singing, 2 when it cannot be read. The shipped model is a baseline trained on");
        writer.WriteLine("synthetic voices (docs/timbre.md); --model takes another model's contract JSON.");
    }
}
