namespace SingKing.Dsp.Evaluation;

/// <summary>
/// Frame-by-frame agreement between a true and an estimated F0 track, with the melody-extraction metrics of
/// mir_eval (Raffel et al., ISMIR 2014; Salamon et al., IEEE SPM 2014). Holds counts, so scores of several
/// clips add up to the pooled score with <c>+</c>.
/// </summary>
/// <param name="Frames">All frames compared.</param>
/// <param name="VoicedTruthFrames">Frames where the truth is voiced.</param>
/// <param name="VoicedHits">Voiced truth frames whose estimate is voiced too.</param>
/// <param name="PitchHits">Voiced truth frames whose estimate is voiced and within 50 cents.</param>
/// <param name="ChromaHits">Voiced truth frames whose estimate is voiced and within 50 cents after octave folding.</param>
/// <param name="OctaveErrors">Voiced truth frames whose estimate is within 50 cents of ±1 or ±2 octaves but not of the truth.</param>
/// <param name="FalseAlarms">Unvoiced truth frames whose estimate is voiced.</param>
/// <param name="CorrectRejections">Unvoiced truth frames whose estimate is unvoiced too.</param>
/// <param name="AbsoluteCentsErrorSum">Sum of |error| in cents over the <paramref name="PitchHits"/> frames.</param>
public readonly record struct MelodyScore(
    int Frames,
    int VoicedTruthFrames,
    int VoicedHits,
    int PitchHits,
    int ChromaHits,
    int OctaveErrors,
    int FalseAlarms,
    int CorrectRejections,
    double AbsoluteCentsErrorSum)
{
    /// <summary>Tolerance of a correct pitch, in cents (mir_eval's default).</summary>
    public const double ToleranceCents = 50;

    /// <summary>Frames where the truth is unvoiced.</summary>
    public int UnvoicedTruthFrames => Frames - VoicedTruthFrames;

    /// <summary>Share of voiced truth frames with a voiced estimate within 50 cents (an unvoiced estimate is a miss).</summary>
    public double RawPitchAccuracy => Ratio(PitchHits, VoicedTruthFrames);

    /// <summary>As <see cref="RawPitchAccuracy"/>, but octave errors count as correct.</summary>
    public double RawChromaAccuracy => Ratio(ChromaHits, VoicedTruthFrames);

    /// <summary>Share of voiced truth frames estimated voiced.</summary>
    public double VoicingRecall => Ratio(VoicedHits, VoicedTruthFrames);

    /// <summary>Share of unvoiced truth frames estimated voiced.</summary>
    public double VoicingFalseAlarm => Ratio(FalseAlarms, UnvoicedTruthFrames);

    /// <summary>Share of all frames that are right: voiced with a correct pitch, or correctly unvoiced.</summary>
    public double OverallAccuracy => Ratio(PitchHits + CorrectRejections, Frames);

    /// <summary>Share of voiced truth frames whose estimate is off by one or two octaves (within 50 cents).</summary>
    public double OctaveErrorRate => Ratio(OctaveErrors, VoicedTruthFrames);

    /// <summary>Mean absolute error in cents over the frames counted in <see cref="RawPitchAccuracy"/>.</summary>
    public double MeanAbsoluteCentsError => PitchHits == 0 ? double.NaN : AbsoluteCentsErrorSum / PitchHits;

    /// <summary>Compares two tracks of equal length; 0 (or less) means unvoiced.</summary>
    /// <param name="truthHz">True F0 in Hz per frame.</param>
    /// <param name="estimateHz">Estimated F0 in Hz per frame, on the same frame grid.</param>
    /// <exception cref="ArgumentException">The tracks differ in length.</exception>
    public static MelodyScore Compare(ReadOnlySpan<float> truthHz, ReadOnlySpan<float> estimateHz)
    {
        if (truthHz.Length != estimateHz.Length)
            throw new ArgumentException(
                $"The estimate has {estimateHz.Length} frames and the truth {truthHz.Length}; put both on the same frame grid first.",
                nameof(estimateHz));

        int voicedTruth = 0, voicedHits = 0, pitchHits = 0, chromaHits = 0, octaveErrors = 0, falseAlarms = 0, rejections = 0;
        var centsSum = 0.0;
        for (var i = 0; i < truthHz.Length; i++)
        {
            var truthVoiced = truthHz[i] > 0;
            var estimateVoiced = estimateHz[i] > 0;
            if (!truthVoiced)
            {
                if (estimateVoiced)
                    falseAlarms++;
                else
                    rejections++;
                continue;
            }

            voicedTruth++;
            if (!estimateVoiced)
                continue;
            voicedHits++;
            var cents = 1200.0 * Math.Log2(estimateHz[i] / (double)truthHz[i]);
            var error = Math.Abs(cents);
            if (error <= ToleranceCents)
            {
                pitchHits++;
                centsSum += error;
            }

            var folded = cents - 1200.0 * Math.Round(cents / 1200.0);
            if (Math.Abs(folded) <= ToleranceCents)
            {
                chromaHits++;
                if (error > ToleranceCents && Math.Abs(cents) <= 2400 + ToleranceCents)
                    octaveErrors++;
            }
        }

        return new MelodyScore(truthHz.Length, voicedTruth, voicedHits, pitchHits, chromaHits, octaveErrors, falseAlarms, rejections, centsSum);
    }

    /// <summary>Pools two scores, as if their frames had been compared together.</summary>
    public static MelodyScore operator +(MelodyScore left, MelodyScore right) => new(
        left.Frames + right.Frames,
        left.VoicedTruthFrames + right.VoicedTruthFrames,
        left.VoicedHits + right.VoicedHits,
        left.PitchHits + right.PitchHits,
        left.ChromaHits + right.ChromaHits,
        left.OctaveErrors + right.OctaveErrors,
        left.FalseAlarms + right.FalseAlarms,
        left.CorrectRejections + right.CorrectRejections,
        left.AbsoluteCentsErrorSum + right.AbsoluteCentsErrorSum);

    /// <summary>One line with every metric, for test failure messages and reports.</summary>
    public override string ToString() =>
        $"RPA {RawPitchAccuracy:P1}, RCA {RawChromaAccuracy:P1}, octave errors {OctaveErrorRate:P2}, " +
        $"voicing recall {VoicingRecall:P1}, false alarm {VoicingFalseAlarm:P1}, OA {OverallAccuracy:P1}, " +
        $"mean |error| {MeanAbsoluteCentsError:F1} cents ({VoicedTruthFrames} voiced / {Frames} frames)";

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? double.NaN : numerator / (double)denominator;
}
