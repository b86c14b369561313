using SingKing.Dsp.Alignment;
using SingKing.Dsp.Charts;
using SingKing.Dsp.Pitch;

namespace SingKing.Dsp.Scoring;

/// <summary>
/// Scores a whole take once it has ended: the take is tracked with look-ahead, cut into sung notes, matched to
/// the chart's notes in order, and each note judged for pitch, rhythm and articulation; the result carries the
/// UltraStar-style total, three 0–1 scores, every line and note, and the singer's tendencies. See docs/scoring.md.
/// </summary>
/// <remarks>
/// <para>The pitch rules are the live aligner's (<see cref="PitchTolerance"/>, <see cref="OctaveFolding"/>,
/// <see cref="UltraStarScore.NoteWeight"/>, <see cref="PhraseResult.Rate"/>). Unlike the live aligner, which
/// credits each frame to the note sounding at that moment, this scorer first finds where each note was actually
/// sung (within <see cref="TakeScorerOptions.TimingSlackSeconds"/>) and judges its pitch there, so a late entry
/// costs rhythm, not pitch.</para>
/// <para>Pure and deterministic: the same samples and options give the same score. One instance may score many
/// takes, one at a time or concurrently.</para>
/// </remarks>
public sealed class TakeScorer
{
    /// <summary>Onsets within ±80 ms of the chart earn full rhythm credit (ensemble asynchrony is felt beyond ~50–100 ms).</summary>
    public const double OnsetFullCreditMs = 80;

    /// <summary>Onsets 250 ms or more off earn no rhythm credit: at typical tempos that is an eighth note or more.</summary>
    public const double OnsetZeroCreditMs = 250;

    /// <summary>Ends within ±120 ms earn full credit: ends are looser than onsets (releases fade).</summary>
    public const double EndFullCreditMs = 120;

    /// <summary>Ends 400 ms or more off earn no credit.</summary>
    public const double EndZeroCreditMs = 400;

    /// <summary>Share of a note's rhythm credit that comes from its onset; the rest from its end.</summary>
    public const double OnsetShareOfRhythm = 0.7;

    /// <summary>
    /// Share of a note's points that depends on rhythm: a note sung in tune but off the beat keeps half of them.
    /// UltraStar counts beats sung at the right pitch at the right time, so timing always mattered to the total.
    /// </summary>
    public const double RhythmShareOfCredit = 0.5;

    /// <summary>A syllable onset within ±120 ms of where the note was sung counts as articulating its syllable.</summary>
    public const double ArticulationToleranceSeconds = 0.120;

    /// <summary>Mean error of a line, in cents, from which it is called flat or sharp.</summary>
    public const double IntonationFaultCents = 25;

    /// <summary>Mean onset deviation of a line, in ms, from which it is called late or early.</summary>
    public const double TimingFaultMs = 80;

    /// <summary>A sung note more than this many cents off on average is another note, not a flat or sharp one.</summary>
    public const double OtherNoteCents = 150;

    /// <summary>Creates a scorer.</summary>
    /// <param name="options">Difficulty, latency and timing slack, or null for Medium, no latency and ±0.3 s.</param>
    public TakeScorer(TakeScorerOptions? options = null)
    {
        Options = options ?? new TakeScorerOptions();
        Options.Validate();
    }

    /// <summary>The settings in force.</summary>
    public TakeScorerOptions Options { get; }

    /// <summary>Scores a take of one voice of a chart.</summary>
    /// <param name="chart">The chart, which times the notes.</param>
    /// <param name="voice">
    /// The part that was sung: one of <paramref name="chart"/>'s voices, or, to score a section (a practice loop),
    /// a voice holding only that section's phrases.
    /// </param>
    /// <param name="samples">The take, mono, in [−1, 1].</param>
    /// <param name="sampleRate">Sample rate of <paramref name="samples"/> in Hz (8–48 kHz).</param>
    /// <param name="takeStartSongSeconds">
    /// Song time, in seconds, of the take's first sample: 0 for a take of the whole song (time 0 of the take is
    /// time 0 of the song's audio), the section's start for a take that began there.
    /// </param>
    /// <param name="cancellationToken">Stops the work between stages (a 3-minute take takes about a second).</param>
    /// <exception cref="ArgumentOutOfRangeException">The sample rate is outside 8–48 kHz.</exception>
    /// <exception cref="ArgumentException"><paramref name="takeStartSongSeconds"/> is not finite.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public TakeScore Score(Chart chart, ChartVoice voice, ReadOnlySpan<float> samples, int sampleRate,
        double takeStartSongSeconds = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(voice);
        if (!double.IsFinite(takeStartSongSeconds))
            throw new ArgumentException($"The take's start must be a finite song time, not {takeStartSongSeconds}.", nameof(takeStartSongSeconds));
        var tracker = new PitchTracker(sampleRate);
        var frameList = new List<PitchFrame>(samples.Length / Math.Max(1, (int)(sampleRate * tracker.Options.HopSeconds)) + 16);
        const int block = 8192;
        for (var i = 0; i < samples.Length; i += block)
        {
            if ((i / block) % 64 == 0)
                cancellationToken.ThrowIfCancellationRequested();
            tracker.Process(samples.Slice(i, Math.Min(block, samples.Length - i)), frameList);
        }
        tracker.Flush(frameList);
        cancellationToken.ThrowIfCancellationRequested();
        var onsets = SyllableOnsetDetector.Detect(samples, sampleRate, frameList, tracker.Options.HopSeconds);
        cancellationToken.ThrowIfCancellationRequested();
        return Score(chart, voice, frameList, onsets, tracker.Options.HopSeconds, takeStartSongSeconds);
    }

    private TakeScore Score(Chart chart, ChartVoice voice, List<PitchFrame> frames, List<double> onsetTakeSeconds, double hop,
        double takeStart)
    {
        var latency = Options.LatencySeconds;
        // Take time t was sung at song time t + takeStart and reached the take latency later.
        var toSong = takeStart - latency;
        var tolerance = PitchTolerance.For(Options.Difficulty);
        var count = frames.Count;
        var midi = new double[count];
        var songTimes = new double[count];
        for (var k = 0; k < count; k++)
        {
            songTimes[k] = frames[k].TimeSeconds + toSong;
            midi[k] = frames[k].IsVoiced && float.IsFinite(frames[k].FrequencyHz) ? NoteNames.MidiPitch(frames[k].FrequencyHz) : 0;
        }

        var onsetFrames = onsetTakeSeconds.Select(t => (int)Math.Round(t / hop)).ToList();
        var onsetSong = onsetTakeSeconds.Select(t => t + toSong).ToArray();
        var segments = NoteSegmenter.Segment(midi, songTimes, onsetFrames, hop);

        var notes = new List<ScoredNote>();
        var index = 0;
        for (var p = 0; p < voice.Phrases.Count; p++)
        {
            foreach (var note in voice.Phrases[p].Notes)
            {
                var start = chart.NoteStartSeconds(note);
                var end = chart.NoteEndSeconds(note);
                if (note.IsScored && end > start)
                    notes.Add(new ScoredNote(index, p, note, start, end, UltraStarScore.NoteWeight(chart, note)));
                index++;
            }
        }

        var slack = Options.TimingSlackSeconds;
        var match = SegmentMatcher.Match(segments, notes, tolerance, slack);
        var segmentTaken = new bool[segments.Count];
        foreach (var s in match)
            if (s >= 0) segmentTaken[s] = true;

        // Where each note was sung: its own segment's onset, or, without one, the previous note's timing carried on
        // when the voice is sounding there (legato).
        var n = notes.Count;
        var shift = new double[n];
        var sungStart = new double?[n];
        var sungEnd = new double?[n];
        var inherited = new bool[n];
        for (var j = 0; j < n; j++)
        {
            var note = notes[j];
            if (match[j] >= 0)
            {
                var segment = segments[match[j]];
                shift[j] = segment.StartSeconds - note.StartSeconds;
                sungStart[j] = segment.StartSeconds;
                sungEnd[j] = SungEnd(segments, segmentTaken, match[j], note.EndSeconds + shift[j]);
                continue;
            }

            shift[j] = PhraseShift(notes, segments, match, sungStart, shift, j);
            // The voice must carry on through at least half the note: the tail of the previous note is not this one.
            var from = note.StartSeconds + shift[j];
            var at = SegmentAt(segments, from);
            if (at >= 0 && SungEnd(segments, segmentTaken, at, note.EndSeconds + shift[j]) is var end
                && end - from >= 0.5 * (note.EndSeconds - note.StartSeconds))
            {
                inherited[j] = true;
                sungStart[j] = from;
                sungEnd[j] = end;
            }
        }

        // A note ends where the next sung note begins, if that comes first (legato).
        for (var j = 0; j + 1 < n; j++)
        {
            if (sungEnd[j] is { } end && sungStart[j + 1] is { } next && next > sungStart[j] && next < end)
                sungEnd[j] = next;
        }

        var articulated = Articulation(notes, sungStart, shift, onsetSong);
        var noteScores = new NoteScore[n];
        for (var j = 0; j < n; j++)
        {
            var note = notes[j];
            var pitchShift = PitchShift(shift[j]);
            var (pitchCredit, cents) = PitchOver(note, note.StartSeconds + pitchShift, note.EndSeconds + pitchShift, midi, songTimes, hop, tolerance);
            double? onsetMs = sungStart[j] is { } s ? 1000 * (s - note.StartSeconds) : null;
            double? endMs = sungEnd[j] is { } e ? 1000 * (e - note.EndSeconds) : null;
            var rhythm = onsetMs is { } o && endMs is { } en
                ? OnsetShareOfRhythm * Ramp(Math.Abs(o), OnsetFullCreditMs, OnsetZeroCreditMs)
                  + (1 - OnsetShareOfRhythm) * Ramp(Math.Abs(en), EndFullCreditMs, EndZeroCreditMs)
                : 0;
            var credit = pitchCredit * (1 - RhythmShareOfCredit + RhythmShareOfCredit * rhythm);
            noteScores[j] = new NoteScore(note.NoteIndex, note.PhraseIndex, note.Note, note.StartSeconds, note.EndSeconds,
                sungStart[j] is not null, inherited[j], sungStart[j], sungEnd[j], onsetMs, endMs, cents, pitchCredit, rhythm,
                credit, articulated[j]);
        }

        var phrases = Phrases(voice, noteScores, notes);
        var totalWeight = notes.Sum(x => x.Weight);
        var notePoints = totalWeight > 0
            ? UltraStarScore.MaxNotePoints * Enumerable.Range(0, n).Sum(j => notes[j].Weight * noteScores[j].Credit) / totalWeight
            : 0;
        var ratedPhrases = phrases.Where(p => notes.Any(x => x.PhraseIndex == p.PhraseIndex && x.Weight > 0)).ToList();
        var lineBonus = ratedPhrases.Count > 0 ? UltraStarScore.MaxLineBonus * ratedPhrases.Average(p => p.Perfection) : 0;

        var pitchWeight = notes.Where(x => x.Note.HasPitch).Sum(x => x.Weight);
        var pitch = pitchWeight > 0
            ? Enumerable.Range(0, n).Where(j => notes[j].Note.HasPitch).Sum(j => notes[j].Weight * noteScores[j].PitchCredit) / pitchWeight
            : 0;
        var rhythmScore = n > 0 ? noteScores.Average(x => x.RhythmCredit) : 0;
        var syllables = noteScores.Where(x => x.Articulated is not null).ToList();
        var lyrics = syllables.Count > 0 ? syllables.Count(x => x.Articulated == true) / (double)syllables.Count : 0;

        var tendencies = TendencyAnalyzer.Measure(noteScores, midi, songTimes, hop);
        return new TakeScore(new UltraStarScore(notePoints, lineBonus), pitch, rhythmScore, lyrics, Options.Difficulty, latency, takeStart,
            phrases, noteScores, tendencies, frames, onsetSong);
    }

    /// <summary>
    /// Where a note's pitch is judged, as a shift from its chart time: at the chart time while the onset is within
    /// ±<see cref="OnBeatSeconds"/> (a consonant sung ahead of its vowel puts the syllable's onset 20–40 ms early,
    /// and the vowel is on the beat), at the singer's time from ±<see cref="FollowSingerSeconds"/> on, moving
    /// continuously between the two.
    /// </summary>
    internal static double PitchShift(double shift)
    {
        var size = Math.Abs(shift);
        if (size <= OnBeatSeconds)
            return 0;
        if (size >= FollowSingerSeconds)
            return shift;
        return Math.Sign(shift) * FollowSingerSeconds * (size - OnBeatSeconds) / (FollowSingerSeconds - OnBeatSeconds);
    }

    /// <summary>An onset this close to the beat (40 ms) is on it, for judging pitch.</summary>
    public const double OnBeatSeconds = 0.040;

    /// <summary>From an onset this far off the beat (120 ms) on, pitch is judged where the singer sang the note.</summary>
    public const double FollowSingerSeconds = 0.120;

    /// <summary>1 up to <paramref name="full"/>, falling linearly to 0 at <paramref name="zero"/>.</summary>
    private static double Ramp(double value, double full, double zero) =>
        value <= full ? 1 : value >= zero ? 0 : (zero - value) / (zero - full);

    /// <summary>The end of the segment that starts a note, extended over unmatched pieces that start before the note's shifted end.</summary>
    private static double SungEnd(List<SungSegment> segments, bool[] taken, int first, double shiftedEnd)
    {
        var end = segments[first].EndSeconds;
        for (var s = first + 1; s < segments.Count && !taken[s] && segments[s].StartSeconds < shiftedEnd; s++)
            end = Math.Max(end, segments[s].EndSeconds);
        return end;
    }

    /// <summary>The timing shift of the nearest sung note of the same line: before it, else after it, else 0.</summary>
    private static double PhraseShift(List<ScoredNote> notes, List<SungSegment> segments, int[] match, double?[] sungStart,
        double[] shift, int j)
    {
        for (var p = j - 1; p >= 0 && notes[p].PhraseIndex == notes[j].PhraseIndex; p--)
            if (sungStart[p] is not null) return shift[p];
        for (var q = j + 1; q < notes.Count && notes[q].PhraseIndex == notes[j].PhraseIndex; q++)
            if (match[q] >= 0) return segments[match[q]].StartSeconds - notes[q].StartSeconds;
        return 0;
    }

    private static int SegmentAt(List<SungSegment> segments, double t)
    {
        for (var s = 0; s < segments.Count; s++)
        {
            if (segments[s].StartSeconds <= t && t < segments[s].EndSeconds)
                return s;
            if (segments[s].StartSeconds > t)
                break;
        }
        return -1;
    }

    /// <summary>
    /// Whether each syllable start was articulated: the nearest unused detected onset within
    /// ±<see cref="ArticulationToleranceSeconds"/> of where the note was sung (its chart start plus its shift).
    /// Null for notes that continue a syllable (<c>~</c>).
    /// </summary>
    private static bool?[] Articulation(List<ScoredNote> notes, double?[] sungStart, double[] shift, double[] onsets)
    {
        var result = new bool?[notes.Count];
        var used = new bool[onsets.Length];
        for (var j = 0; j < notes.Count; j++)
        {
            if (notes[j].Note.IsContinuation)
                continue;
            result[j] = false;
            if (sungStart[j] is null)
                continue;
            // Shifts differ from note to note, so where a note was sung is not always after where the previous was.
            var expected = notes[j].StartSeconds + shift[j];
            var best = -1;
            for (var o = LowerBound(onsets, expected - ArticulationToleranceSeconds); o < onsets.Length && onsets[o] <= expected + ArticulationToleranceSeconds; o++)
            {
                if (!used[o] && (best < 0 || Math.Abs(onsets[o] - expected) < Math.Abs(onsets[best] - expected)))
                    best = o;
            }
            if (best >= 0)
            {
                used[best] = true;
                result[j] = true;
            }
        }
        return result;
    }

    /// <summary>
    /// Pitch credit over a note's sung span, as the live aligner credits frames, and the mean folded error of its
    /// body: the span after its onset (<see cref="OnsetSeconds"/>, at most a third of the note), where a scoop
    /// would otherwise read as flatness.
    /// </summary>
    private static (double Credit, double? Cents) PitchOver(ScoredNote note, double from, double to, double[] midi, double[] songTimes,
        double hop, PitchTolerance tolerance)
    {
        var expected = (note.EndSeconds - note.StartSeconds) / hop;
        var bodyFrom = from + BodySkipSeconds(note.EndSeconds - note.StartSeconds);
        var k = LowerBound(songTimes, from);
        double credit = 0, cents = 0;
        var bodyFrames = 0;
        for (; k < songTimes.Length && songTimes[k] < to; k++)
        {
            if (midi[k] <= 0)
                continue;
            if (note.Note.HasPitch)
            {
                var distance = OctaveFolding.Distance(midi[k], note.Note.MidiNote);
                credit += tolerance.Credit(distance);
                if (songTimes[k] >= bodyFrom)
                {
                    cents += 100 * distance;
                    bodyFrames++;
                }
            }
            else
            {
                credit += 1;
            }
        }

        var share = expected > 0 ? Math.Min(1.0, credit / expected) : 0;
        return (share, note.Note.HasPitch && bodyFrames > 0 ? cents / bodyFrames : null);
    }

    /// <summary>A note's onset is its first 150 ms: singers' scoops and glides settle within that.</summary>
    internal const double OnsetSeconds = 0.150;

    /// <summary>How much of a note's start is onset rather than body: 150 ms, at most a third of the note.</summary>
    internal static double BodySkipSeconds(double durationSeconds) => Math.Min(OnsetSeconds, durationSeconds / 3);

    internal static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (sorted[mid] < value)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    private static List<PhraseScore> Phrases(ChartVoice voice, NoteScore[] scores, List<ScoredNote> notes)
    {
        var phrases = new List<PhraseScore>();
        foreach (var group in Enumerable.Range(0, scores.Length).GroupBy(j => scores[j].PhraseIndex))
        {
            var members = group.ToList();
            double weight = 0, earned = 0, pitchWeight = 0, pitchEarned = 0;
            foreach (var j in members)
            {
                weight += notes[j].Weight;
                earned += notes[j].Weight * scores[j].Credit;
                if (notes[j].Note.HasPitch)
                {
                    pitchWeight += notes[j].Weight;
                    pitchEarned += notes[j].Weight * scores[j].PitchCredit;
                }
            }

            var perfection = weight > 0 ? Math.Clamp(earned / weight, 0, 1) : 0;
            var syllables = members.Where(j => scores[j].Articulated is not null).ToList();
            double? lyrics = syllables.Count > 0 ? syllables.Count(j => scores[j].Articulated == true) / (double)syllables.Count : null;
            var timed = members.Where(j => scores[j].Matched && !scores[j].OnsetInherited).ToList();
            double? timing = timed.Count > 0 ? timed.Average(j => scores[j].OnsetDeviationMs!.Value) : null;
            var sungPitched = members.Where(j => scores[j].Matched && scores[j].MeanCentsError is not null).ToList();
            var inTune = sungPitched.Where(j => Math.Abs(scores[j].MeanCentsError!.Value) <= OtherNoteCents).ToList();
            double? cents = inTune.Count > 0 ? inTune.Average(j => scores[j].MeanCentsError!.Value) : null;

            var faults = new List<PhraseFault>();
            if (cents <= -IntonationFaultCents)
                faults.Add(PhraseFault.Flat);
            if (cents >= IntonationFaultCents)
                faults.Add(PhraseFault.Sharp);
            if (sungPitched.Count > 0 && sungPitched.Count - inTune.Count >= sungPitched.Count / 2.0)
                faults.Add(PhraseFault.WrongNotes);
            if (timing >= TimingFaultMs)
                faults.Add(PhraseFault.Late);
            if (timing <= -TimingFaultMs)
                faults.Add(PhraseFault.Early);
            if (members.Any(j => !scores[j].Matched))
                faults.Add(PhraseFault.MissedNotes);
            // Judged on the syllables that were sung: a missed note is a missed note, not a mumbled one.
            var sungSyllables = syllables.Where(j => scores[j].Matched).ToList();
            if (sungSyllables.Count > 0 && sungSyllables.Count(j => scores[j].Articulated == true) < 0.5 * sungSyllables.Count)
                faults.Add(PhraseFault.UnclearArticulation);

            var phrase = voice.Phrases[group.Key];
            phrases.Add(new PhraseScore(group.Key, members.Min(j => scores[j].StartSeconds), members.Max(j => scores[j].EndSeconds),
                phrase.Lyrics,
                pitchWeight > 0 ? pitchEarned / pitchWeight : null,
                members.Average(j => scores[j].RhythmCredit),
                lyrics, perfection, PhraseResult.Rate(perfection), timing, cents, faults));
        }

        return phrases;
    }
}
