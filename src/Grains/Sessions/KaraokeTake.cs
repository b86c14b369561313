using System.Runtime.InteropServices;
using SingKing.Dsp.Alignment;
using SingKing.Dsp.Charts;
using SingKing.Dsp.Pitch;
using SingKing.Grains.Songs;

namespace SingKing.Grains.Sessions;

/// <summary>
/// The song side of a take sung to a song: the <see cref="NoteAligner"/> for the chart's first voice, fed every
/// frame the tracker emits, and its answers in the live contract's shape. The rules are all the aligner's.
/// </summary>
internal sealed class KaraokeTake
{
    /// <summary>Largest device delay a take accepts, in milliseconds.</summary>
    public const double MaxLatencyMs = 1000;

    private readonly NoteAligner _aligner;
    private readonly SongClock _clock;
    private readonly double _latencyMs;

    // The tracker's frames restamped in song time; reused for every chunk.
    private readonly List<PitchFrame> _songFrames = new(capacity: 128);

    private KaraokeTake(string songId, string difficulty, NoteAligner aligner, SongClock clock, double latencyMs, bool practice)
    {
        IsPractice = practice;
        SongId = songId;
        Difficulty = difficulty;
        _aligner = aligner;
        _clock = clock;
        _latencyMs = latencyMs;
    }

    public string SongId { get; }

    /// <summary>A practice pass: judged live, but it makes no report and enters no history.</summary>
    public bool IsPractice { get; }

    /// <summary>"easy", "medium" or "hard".</summary>
    public string Difficulty { get; }

    /// <summary>The running total in UltraStar's convention.</summary>
    public double Score => _aligner.Score.Total;

    /// <summary>
    /// The song side of the take <paramref name="request"/> asks for, or null when it names no song. Take time is
    /// song time until a chunk's song clock mark (<see cref="Mark"/>) says otherwise.
    /// </summary>
    /// <exception cref="SessionException">SongNotFound, or InvalidRequest for a difficulty or latency out of range.</exception>
    public static KaraokeTake? For(StartTake request, ISongCharts charts)
    {
        if (request.SongId is null)
        {
            if (request.Difficulty is not null || request.LatencyMs is not null || request.Practice)
            {
                throw new SessionException(
                    SessionErrorCode.InvalidRequest,
                    "Difficulty, latency and practice apply to a take sung to a song. Give a songId too, or leave them out.");
            }

            return null;
        }

        var difficulty = ParseDifficulty(request.Difficulty);
        var latencyMs = request.LatencyMs ?? 0;
        if (!double.IsFinite(latencyMs) || latencyMs < 0 || latencyMs > MaxLatencyMs)
        {
            throw new SessionException(
                SessionErrorCode.InvalidRequest,
                $"latencyMs is the device's delay in milliseconds, from 0 to {MaxLatencyMs:0} (got {latencyMs}). Calibrate the device again or leave it out for 0.");
        }

        var chart = charts.Find(request.SongId);
        if (chart is null || chart.Voices.Count == 0)
        {
            throw new SessionException(
                SessionErrorCode.SongNotFound,
                $"There is no song \"{request.SongId}\" in the library. Pick a song from /api/songs and start again with its id.");
        }

        var aligner = new NoteAligner(chart, chart.Voices[0], difficulty, new NoteAlignerOptions { LatencySeconds = latencyMs / 1000 });
        return new KaraokeTake(request.SongId, difficulty.ToString().ToLowerInvariant(), aligner, new SongClock(request.SampleRate), latencyMs, request.Practice);
    }

    /// <summary>Checks a chunk's song clock mark before the chunk is accepted.</summary>
    /// <exception cref="SessionException">InvalidRequest, with what to do.</exception>
    public void CheckMark(long takeSample, double songSeconds)
    {
        if (_clock.Check(takeSample, songSeconds) is { } problem)
            throw new SessionException(SessionErrorCode.InvalidRequest, problem);
    }

    /// <summary>Records that the take's sample <paramref name="takeSample"/> was captured at song time <paramref name="songSeconds"/>.</summary>
    public void Mark(long takeSample, double songSeconds) => _clock.Mark(takeSample, songSeconds);

    /// <summary>Aligns the frames a chunk made final; returns the notes they moved and the lines that ended.</summary>
    public (KaraokeNote[] Notes, KaraokePhrase[] Phrases) Add(List<PitchFrame> frames)
    {
        var update = _aligner.Add(ToSongTime(frames));
        return (Notes(update), Phrases(update));
    }

    /// <summary>Aligns the tracker's last frames, makes every note final and returns the take's score.</summary>
    public KaraokeSummary Complete(List<PitchFrame> lastFrames)
    {
        _aligner.Add(ToSongTime(lastFrames));
        _aligner.Complete();
        int hit = 0, scored = 0;
        for (var id = 0; id < _aligner.Notes.Count; id++)
        {
            if (!_aligner.Notes[id].IsScored)
                continue;
            scored++;
            if (_aligner.Progress(id).IsHit)
                hit++;
        }

        var phrases = new KaraokePhrase[_aligner.PhraseResults.Count];
        for (var i = 0; i < phrases.Length; i++)
            phrases[i] = ToPhrase(_aligner.PhraseResults[i]);
        SongClockCorrection[] clock = [.. _clock.Corrections.Select(m => new SongClockCorrection(m.TakeSample, m.SongSeconds))];
        return new KaraokeSummary(SongId, Difficulty, RoundScore(_aligner.Score.Total), hit, scored, phrases, _latencyMs, clock, IsPractice);
    }

    private ReadOnlySpan<PitchFrame> ToSongTime(List<PitchFrame> frames)
    {
        _songFrames.Clear();
        foreach (var frame in frames)
            _songFrames.Add(frame with { TimeSeconds = _clock.ToSongSeconds(frame.TimeSeconds) });
        return CollectionsMarshal.AsSpan(_songFrames);
    }

    /// <summary>A score as the contract spells it: to 0.1 point.</summary>
    public static double RoundScore(double score) => Math.Round(score, 1, MidpointRounding.AwayFromZero);

    private static Difficulty ParseDifficulty(string? name) => name switch
    {
        null => Dsp.Alignment.Difficulty.Medium,
        "easy" => Dsp.Alignment.Difficulty.Easy,
        "medium" => Dsp.Alignment.Difficulty.Medium,
        "hard" => Dsp.Alignment.Difficulty.Hard,
        _ => throw new SessionException(
            SessionErrorCode.InvalidRequest,
            $"difficulty is \"easy\", \"medium\" or \"hard\" (got \"{name}\"). Pick one of them, or leave it out for medium."),
    };

    private static KaraokeNote[] Notes(AlignmentUpdate update)
    {
        var changed = update.Notes;
        if (changed.IsEmpty)
            return [];
        var notes = new KaraokeNote[changed.Length];
        for (var i = 0; i < notes.Length; i++)
            notes[i] = new KaraokeNote(changed[i].NoteId, changed[i].Hit, changed[i].IsFinal);
        return notes;
    }

    private static KaraokePhrase[] Phrases(AlignmentUpdate update)
    {
        var ended = update.Phrases;
        if (ended.IsEmpty)
            return [];
        var phrases = new KaraokePhrase[ended.Length];
        for (var i = 0; i < phrases.Length; i++)
            phrases[i] = ToPhrase(ended[i]);
        return phrases;
    }

    private static KaraokePhrase ToPhrase(PhraseResult result) =>
        new(result.PhraseIndex, result.Rating.ToString().ToLowerInvariant());
}
