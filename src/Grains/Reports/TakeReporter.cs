using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using SingKing.Dsp.Alignment;
using SingKing.Dsp.Audio;
using SingKing.Dsp.Charts;
using SingKing.Dsp.Pitch;
using SingKing.Dsp.Reports;
using SingKing.Dsp.Scoring;
using SingKing.Grains.Sessions;
using SingKing.Grains.Takes;

namespace SingKing.Grains.Reports;

/// <summary>
/// Makes the report of a finished take sung to a song: places the take's audio on the song with its song clock,
/// scores it with <see cref="TakeScorer"/> (the whole take, with look-ahead), adds the coach's advice and the
/// singer's previous take of the song, and writes <c>report.json</c> and the compressed replay <c>audio.opus</c>
/// beside the take's other files. Scoring is CPU work of up to a second for a long song, so it runs on the thread
/// pool, not on the calling grain's scheduler.
/// </summary>
public sealed partial class TakeReporter(TakeFileStore store, ILogger<TakeReporter> logger)
{
    /// <summary>The report's file in the take's folder.</summary>
    public const string ReportFileName = "report.json";

    /// <summary>The compressed replay's file in the take's folder.</summary>
    public const string ReplayFileName = "audio.opus";

    /// <summary>Lines scoring below this (0–100) are listed to practise; the practice loop runs until a line reaches it.</summary>
    public const double PracticeThreshold = 80;

    /// <summary>How the report is written and read: camelCase names and enum values, as the page reads them.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>
    /// Scores the take in <paramref name="folder"/>, recorded as <paramref name="record"/>, against
    /// <paramref name="chart"/>, and writes its report and replay. Returns the report.
    /// </summary>
    /// <exception cref="InvalidOperationException">The take was not sung to a song.</exception>
    public async Task<TakeReportDocument> CreateAsync(string folder, TakeRecord record, Chart chart, CancellationToken cancellationToken)
    {
        var karaoke = record.Karaoke ?? throw new InvalidOperationException($"Take {record.TakeId} was not sung to a song; only such takes get a report.");
        var previous = FindPrevious(record, karaoke.SongId);
        var report = await Task.Run(
            () =>
            {
                var (placed, score) = Score(folder, record, chart);
                WriteReplay(Path.Combine(folder, ReplayFileName), placed, record.SampleRate);
                return Build(record, karaoke, chart, score, placed.Length / (double)record.SampleRate, previous);
            },
            cancellationToken);

        await WriteAtomicallyAsync(Path.Combine(folder, ReportFileName), report, cancellationToken);
        LogReportWritten(record.SingerId, record.TakeId, karaoke.SongId, report.Total, report.Rating);
        return report;
    }

    /// <summary>
    /// Scores the take in <paramref name="folder"/> again from its audio.wav, exactly as its report was scored: the
    /// scorer is deterministic, so a stored score that this does not reproduce was not computed from this take.
    /// CPU work of up to a second; call it off any grain's scheduler.
    /// </summary>
    /// <returns>The audio placed on the song, and its score.</returns>
    /// <exception cref="InvalidOperationException">The take was not sung to a song.</exception>
    public static (float[] Placed, TakeScore Score) Score(string folder, TakeRecord record, Chart chart)
    {
        var karaoke = record.Karaoke ?? throw new InvalidOperationException($"Take {record.TakeId} was not sung to a song.");
        float[] take;
        using (var audio = File.OpenRead(Path.Combine(folder, TakeFiles.AudioFileName)))
            take = WavReader.ReadAll(audio, out _);
        var corrections = (karaoke.SongClock ?? []).Select(c => new SongClockMark(c.TakeSample, c.SongSeconds)).ToList();
        var placed = SongTimeline.Place(take, record.SampleRate, corrections);
        var scorer = new TakeScorer(new TakeScorerOptions { Difficulty = ParseDifficulty(karaoke.Difficulty), LatencySeconds = karaoke.LatencyMs / 1000 });
        return (placed, scorer.Score(chart, chart.Voices[0], placed, record.SampleRate));
    }

    /// <summary>Reads a report written by <see cref="CreateAsync"/>, or null when the take has none (yet).</summary>
    public static async Task<TakeReportDocument?> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, ReportFileName);
        if (!File.Exists(path))
            return null;
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<TakeReportDocument>(stream, JsonOptions, cancellationToken);
    }

    private static TakeReportDocument Build(TakeRecord record, KaraokeSummary karaoke, Chart chart, TakeScore score, double durationSeconds, ReportPreviousTake? previous)
    {
        var latency = karaoke.LatencyMs / 1000;
        var phrases = score.Phrases.Select(p =>
        {
            var lineScore = Math.Round(p.Perfection * 100, 1);
            return new ReportPhrase(p.PhraseIndex, p.StartSeconds, p.EndSeconds, p.Lyrics, lineScore, p.Rating, Round(p.Pitch), Round(p.Rhythm),
                Round(p.LyricDelivery), Round(p.MeanOnsetDeviationMs, 0), Round(p.MeanCentsError, 0), p.Faults, lineScore < PracticeThreshold);
        }).ToList();
        var notes = score.Notes.Select(n => new ReportNote(
            n.NoteIndex, n.PhraseIndex, n.StartSeconds, n.EndSeconds, n.Note.MidiNote, NoteType(n.Note.Type), n.Note.Text, n.Matched,
            Round(n.SungStartSeconds, 3), Round(n.SungEndSeconds, 3), Round(n.OnsetDeviationMs, 0), Round(n.EndDeviationMs, 0),
            Round(n.MeanCentsError, 0), Math.Round(n.Credit, 3))).ToList();
        var t = score.Tendencies;
        var tendencies = new ReportTendencies(Round(t.MeanCentsDeviation, 1), Round(t.LongNoteStabilityCents, 1), t.LongNoteCount, Round(t.ScoopShare),
            Round(t.MeanScoopCents, 0), Round(t.VibratoShare), Round(t.VibratoRateHz, 2), Round(t.VibratoExtentCents, 0), t.SustainedNoteCount);
        var advice = CoachAdvice.For(score).Select(a => new ReportAdvice(a.Code, a.Values)).ToList();
        var total = Math.Round(score.Total, 1);
        return new TakeReportDocument(
            record.TakeId,
            new ReportSong(karaoke.SongId, chart.Title, chart.Artist, chart.Language),
            karaoke.Difficulty,
            record.EndedUtc ?? record.StartedUtc,
            Math.Round(durationSeconds, 3),
            karaoke.LatencyMs,
            total,
            RatingLabels.Of(total),
            Math.Round(score.Pitch, 3),
            Math.Round(score.Rhythm, 3),
            Math.Round(score.LyricDelivery, 3),
            phrases,
            notes,
            tendencies,
            advice,
            PitchTrack(score.Frames, latency),
            new ReportAudio($"/api/takes/{record.TakeId}/audio", -latency),
            PracticeThreshold,
            previous);
    }

    // The scorer's frames are stamped on the placed audio, whose time is song time before the device delay.
    private static ReportPitchTrack PitchTrack(IReadOnlyList<PitchFrame> frames, double latencySeconds)
    {
        if (frames.Count == 0)
            return new ReportPitchTrack(0, 0.010, []);
        var hop = frames.Count > 1 ? frames[1].TimeSeconds - frames[0].TimeSeconds : 0.010;
        var midi = new double?[frames.Count];
        for (var i = 0; i < frames.Count; i++)
            midi[i] = frames[i].IsVoiced ? Math.Round(NoteNames.MidiPitch(frames[i].FrequencyHz), 2) : null;
        return new ReportPitchTrack(Math.Round(frames[0].TimeSeconds - latencySeconds, 4), Math.Round(hop, 6), midi);
    }

    // The most recent earlier report of the same song in the singer's folder. The folder holds every take the
    // singer recorded on this host's data path; a database index replaces this scan once takes are stored there.
    private ReportPreviousTake? FindPrevious(TakeRecord record, string songId)
    {
        var singerFolder = Path.GetDirectoryName(store.GetTakeFolder(record.SingerId, record.TakeId))!;
        var ended = record.EndedUtc ?? record.StartedUtc;
        ReportPreviousTake? best = null;
        foreach (var path in Directory.EnumerateFiles(singerFolder, ReportFileName, SearchOption.AllDirectories))
        {
            TakeReportDocument? other;
            try
            {
                using var stream = File.OpenRead(path);
                other = JsonSerializer.Deserialize<TakeReportDocument>(stream, JsonOptions);
            }
            catch (Exception exception) when (exception is JsonException or IOException)
            {
                LogUnreadableReport(path, exception.Message);
                continue;
            }

            if (other is null || other.TakeId == record.TakeId || other.Song.Id != songId || other.EndedUtc >= ended)
                continue;
            if (best is null || other.EndedUtc > best.EndedUtc)
                best = new ReportPreviousTake(other.TakeId, other.EndedUtc, other.Total, other.Rating, other.Pitch, other.Rhythm, other.Lyrics);
        }

        return best;
    }

    private static void WriteReplay(string path, float[] samples, int sampleRate)
    {
        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        using (var writer = new OggOpusWriter(file, sampleRate))
        {
            var block = new short[4096];
            for (var i = 0; i < samples.Length; i += block.Length)
            {
                var n = Math.Min(block.Length, samples.Length - i);
                for (var k = 0; k < n; k++)
                    block[k] = WavWriter.ToPcm16(samples[i + k]);
                writer.Write(block.AsSpan(0, n));
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static async Task WriteAtomicallyAsync(string path, TakeReportDocument report, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await using (var stream = File.Create(temporary))
            await JsonSerializer.SerializeAsync(stream, report, JsonOptions, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    private static Difficulty ParseDifficulty(string name) => name switch
    {
        "easy" => Difficulty.Easy,
        "hard" => Difficulty.Hard,
        _ => Difficulty.Medium,
    };

    private static string NoteType(ChartNoteType type) => type switch
    {
        ChartNoteType.Golden => "golden",
        ChartNoteType.Rap => "rap",
        ChartNoteType.GoldenRap => "rapGolden",
        ChartNoteType.Freestyle => "freestyle",
        _ => "normal",
    };

    private static double? Round(double? value, int digits = 3) => value is { } v ? Math.Round(v, digits) : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Singer {SingerId} take {TakeId} of {SongId} scored {Total} ({Rating})")]
    private partial void LogReportWritten(string singerId, string takeId, string songId, double total, RatingLabel rating);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped an unreadable report {Path}: {Reason}")]
    private partial void LogUnreadableReport(string path, string reason);
}
