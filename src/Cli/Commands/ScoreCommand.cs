using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SingKing.Dsp.Alignment;
using SingKing.Dsp.Audio;
using SingKing.Dsp.Charts;
using SingKing.Dsp.Scoring;

namespace SingKing.Cli.Commands;

/// <summary>
/// <c>singking score CHART.txt TAKE.wav [--offset-ms N] [--difficulty easy|medium|hard] [--voice N]</c>: scores a
/// take sung to a chart with <see cref="TakeScorer"/>, the code the session grain runs when a take ends, and prints
/// the result as one line of JSON. Time 0 of the take is time 0 of the song's audio.
/// </summary>
internal sealed class ScoreCommand(Func<Stream>? openStandardInput = null) : ICommand
{
    private readonly Func<Stream> _openStandardInput = openStandardInput ?? Console.OpenStandardInput;

    public string Name => "score";

    public string Arguments => "CHART.txt TAKE.wav";

    public string Summary => "Score a take sung to an UltraStar chart (total, pitch, rhythm, lyrics, lines, notes) as JSON.";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 1 && args[0] is "--help" or "-h")
        {
            WriteUsage(stdout);
            return ExitCodes.Success;
        }

        if (ParseArguments(args, stderr) is not { } request)
        {
            WriteUsage(stderr);
            return ExitCodes.UsageOrInput;
        }

        if (ReadChart(request.ChartPath, stderr) is not { } chart)
            return ExitCodes.UsageOrInput;
        var voice = chart.Voices.FirstOrDefault(v => v.Number == request.Voice);
        if (voice is null)
        {
            stderr.WriteLine($"singking: {request.ChartPath}: the chart has no voice P{request.Voice}; " +
                $"it has {string.Join(", ", chart.Voices.Select(v => $"P{v.Number}"))}.");
            return ExitCodes.UsageOrInput;
        }

        if (ReadTake(request.TakePath, stderr) is not var (samples, sampleRate))
            return ExitCodes.UsageOrInput;

        var scorer = new TakeScorer(new TakeScorerOptions { Difficulty = request.Difficulty, LatencySeconds = request.OffsetMs / 1000.0 });
        var score = scorer.Score(chart, voice, samples, sampleRate);
        stdout.Write(Json(score));
        stdout.Write('\n');
        return ExitCodes.Success;
    }

    private sealed record Request(string ChartPath, string TakePath, double OffsetMs, Difficulty Difficulty, int Voice);

    private Request? ParseArguments(IReadOnlyList<string> args, TextWriter stderr)
    {
        var positional = new List<string>();
        double offsetMs = 0;
        var difficulty = Difficulty.Medium;
        var voice = 1;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--offset-ms" or "--difficulty" or "--voice")
            {
                if (i + 1 >= args.Count)
                {
                    stderr.WriteLine($"singking: score: {arg} needs a value.");
                    return null;
                }
                var value = args[++i];
                switch (arg)
                {
                    case "--offset-ms":
                        if (!double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out offsetMs)
                            || !double.IsFinite(offsetMs) || Math.Abs(offsetMs) > 5000)
                        {
                            stderr.WriteLine($"singking: score: --offset-ms takes milliseconds from -5000 to 5000, not '{value}'.");
                            return null;
                        }
                        break;
                    case "--difficulty":
                        Difficulty? parsed = value.ToLowerInvariant() switch
                        {
                            "easy" => Difficulty.Easy,
                            "medium" => Difficulty.Medium,
                            "hard" => Difficulty.Hard,
                            _ => null,
                        };
                        if (parsed is null)
                        {
                            stderr.WriteLine($"singking: score: --difficulty is easy, medium or hard, not '{value}'.");
                            return null;
                        }
                        difficulty = parsed.Value;
                        break;
                    default:
                        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out voice) || voice is < 1 or > 9)
                        {
                            stderr.WriteLine($"singking: score: --voice is a voice number from 1 to 9, not '{value}'.");
                            return null;
                        }
                        break;
                }
                continue;
            }

            if (arg.StartsWith('-') && arg != "-")
            {
                stderr.WriteLine($"singking: score: unknown option '{arg}'.");
                return null;
            }
            positional.Add(arg);
        }

        if (positional.Count != 2)
        {
            stderr.WriteLine(positional.Count < 2
                ? "singking: score needs a chart and a WAV file."
                : $"singking: score takes one chart and one WAV file, not '{string.Join(' ', positional)}'.");
            return null;
        }

        return new Request(positional[0], positional[1], offsetMs, difficulty, voice);
    }

    /// <summary>The chart, or null after printing why not: one line per error, each with its line number.</summary>
    private static Chart? ReadChart(string path, TextWriter stderr)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                stderr.WriteLine($"singking: {path}: is a directory, not a chart.");
                return null;
            }
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            // One byte more than a chart may hold is enough for the parser to say the file is too large.
            bytes = new byte[Math.Min(file.Length, UltraStarParser.MaxFileBytes + 1L)];
            file.ReadExactly(bytes);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            stderr.WriteLine($"singking: {path}: no such file.");
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            stderr.WriteLine($"singking: {path}: permission denied.");
            return null;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"singking: {path}: {e.Message.ReplaceLineEndings(" ")}");
            return null;
        }

        var result = UltraStarParser.Parse(bytes);
        if (result.Chart is { } chart)
            return chart;
        foreach (var error in result.Errors)
            stderr.WriteLine($"singking: {path}: {error}");
        return null;
    }

    /// <summary>The take's mono samples and rate, or null after printing why not; <c>-</c> reads standard input.</summary>
    private (float[] Samples, int SampleRate)? ReadTake(string path, TextWriter stderr)
    {
        var source = path == "-" ? "stdin" : path;
        if (Directory.Exists(path))
        {
            stderr.WriteLine($"singking: {path}: is a directory, not a WAV file.");
            return null;
        }
        try
        {
            using var input = path == "-"
                ? _openStandardInput()
                : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var samples = WavReader.ReadAll(input, out var format);
            return (samples, format.SampleRate);
        }
        catch (AudioFormatException e)
        {
            stderr.WriteLine($"singking: {source}: {e.Message}");
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            stderr.WriteLine($"singking: {source}: no such file.");
        }
        catch (UnauthorizedAccessException)
        {
            stderr.WriteLine($"singking: {source}: permission denied.");
        }
        catch (IOException e)
        {
            stderr.WriteLine($"singking: {source}: {e.Message.ReplaceLineEndings(" ")}");
        }
        return null;
    }

    /// <summary>
    /// The score as one line of JSON: total (0–10000, whole points), pitch, rhythm and lyrics (0–1, three decimals),
    /// then the details; times in seconds to the millisecond, deviations in whole milliseconds, cents to 0.1.
    /// Absent measurements are null. Keys are documented in docs/scoring.md.
    /// </summary>
    internal static string Json(TakeScore score)
    {
        using var buffer = new MemoryStream();
        // Lyrics stay readable (Hangul, accents) instead of \u escapes; the output is never embedded in HTML.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("total", Math.Round(score.Total));
            Ratio(json, "pitch", score.Pitch);
            Ratio(json, "rhythm", score.Rhythm);
            Ratio(json, "lyrics", score.LyricDelivery);
            json.WriteNumber("note_points", Math.Round(score.Score.NotePoints));
            json.WriteNumber("line_bonus", Math.Round(score.Score.LineBonusPoints));
            json.WriteString("difficulty", score.Difficulty.ToString().ToLowerInvariant());
            json.WriteNumber("offset_ms", Math.Round(score.LatencySeconds * 1000, 1));

            json.WriteStartArray("phrases");
            foreach (var phrase in score.Phrases)
            {
                json.WriteStartObject();
                json.WriteNumber("index", phrase.PhraseIndex);
                Seconds(json, "start", phrase.StartSeconds);
                Seconds(json, "end", phrase.EndSeconds);
                json.WriteString("lyrics", phrase.Lyrics);
                Ratio(json, "pitch", phrase.Pitch);
                Ratio(json, "rhythm", phrase.Rhythm);
                Ratio(json, "lyrics_delivery", phrase.LyricDelivery);
                Ratio(json, "perfection", phrase.Perfection);
                json.WriteString("rating", phrase.Rating.ToString().ToLowerInvariant());
                Whole(json, "timing_ms", phrase.MeanOnsetDeviationMs);
                Tenth(json, "cents", phrase.MeanCentsError);
                json.WriteStartArray("faults");
                foreach (var fault in phrase.Faults)
                    json.WriteStringValue(PhraseFaults.Name(fault));
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("notes");
            foreach (var note in score.Notes)
            {
                json.WriteStartObject();
                json.WriteNumber("index", note.NoteIndex);
                json.WriteNumber("phrase", note.PhraseIndex);
                json.WriteString("text", note.Note.Text);
                json.WriteString("type", note.Note.Type.ToString().ToLowerInvariant());
                json.WriteNumber("midi", note.Note.MidiNote);
                Seconds(json, "start", note.StartSeconds);
                Seconds(json, "end", note.EndSeconds);
                json.WriteBoolean("matched", note.Matched);
                json.WriteBoolean("onset_inherited", note.OnsetInherited);
                Whole(json, "onset_ms", note.OnsetDeviationMs);
                Whole(json, "end_ms", note.EndDeviationMs);
                Tenth(json, "cents", note.MeanCentsError);
                Ratio(json, "pitch", note.PitchCredit);
                Ratio(json, "rhythm", note.RhythmCredit);
                Ratio(json, "credit", note.Credit);
                if (note.Articulated is { } articulated)
                    json.WriteBoolean("articulated", articulated);
                else
                    json.WriteNull("articulated");
                json.WriteEndObject();
            }
            json.WriteEndArray();

            var t = score.Tendencies;
            json.WriteStartObject("tendencies");
            Tenth(json, "mean_cents", t.MeanCentsDeviation);
            Tenth(json, "long_note_stability_cents", t.LongNoteStabilityCents);
            json.WriteNumber("long_notes", t.LongNoteCount);
            Ratio(json, "scoop_share", t.ScoopShare);
            Tenth(json, "scoop_cents", t.MeanScoopCents);
            Ratio(json, "vibrato_share", t.VibratoShare);
            if (t.VibratoRateHz is { } rate)
                json.WriteNumber("vibrato_rate_hz", Math.Round(rate, 2));
            else
                json.WriteNull("vibrato_rate_hz");
            Tenth(json, "vibrato_extent_cents", t.VibratoExtentCents);
            json.WriteNumber("sustained_notes", t.SustainedNoteCount);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Ratio(Utf8JsonWriter json, string name, double? value) => Number(json, name, value, 3);

    private static void Seconds(Utf8JsonWriter json, string name, double value) => Number(json, name, value, 3);

    private static void Whole(Utf8JsonWriter json, string name, double? value) => Number(json, name, value, 0);

    private static void Tenth(Utf8JsonWriter json, string name, double? value) => Number(json, name, value, 1);

    private static void Number(Utf8JsonWriter json, string name, double? value, int decimals)
    {
        if (value is { } v && double.IsFinite(v))
            json.WriteNumber(name, Math.Round(v, decimals) + 0.0); // + 0.0 turns −0 into 0
        else
            json.WriteNull(name);
    }

    private static void WriteUsage(TextWriter writer)
    {
        writer.WriteLine("Usage: singking score CHART.txt TAKE.wav [--offset-ms N] [--difficulty easy|medium|hard] [--voice N]");
        writer.WriteLine();
        writer.WriteLine("Scores a take sung to an UltraStar chart and prints one line of JSON: the total (0-10000,");
        writer.WriteLine("UltraStar's convention), pitch, rhythm and lyrics (articulation timing) from 0 to 1, every line");
        writer.WriteLine("with its scores and faults, every note, and the singer's tendencies (docs/scoring.md):");
        writer.WriteLine("{\"total\":9756,\"pitch\":0.976,\"rhythm\":1,\"lyrics\":1,...,\"phrases\":[...],\"notes\":[...],\"tendencies\":{...}}");
        writer.WriteLine("Time 0 of the take is time 0 of the song's audio.");
        writer.WriteLine("  --offset-ms N    the device's latency: the take lags the song by N ms (default 0)");
        writer.WriteLine("  --difficulty D   pitch tolerance: easy, medium (default) or hard");
        writer.WriteLine("  --voice N        the duet part that was sung, P1-P9 (default 1)");
        writer.WriteLine("Exit code 2 when an argument, the chart or the WAV file is wrong (a broken chart lists its errors).");
        writer.WriteLine("TAKE.wav is 16/24-bit PCM or 32-bit float, 8-48 kHz. Use - to read the WAV from stdin.");
    }
}
