namespace SingKing.Dsp.Pitch;

/// <summary>One local minimum of the YIN function that may be the period of the frame.</summary>
/// <param name="FrequencyHz">Frequency of the refined lag, in Hz.</param>
/// <param name="Aperiodicity">Cumulative-mean-normalised difference d′ at the minimum (0 = perfectly periodic).</param>
/// <param name="Probability">Share of the threshold distribution under which YIN would pick this minimum.</param>
internal readonly record struct PitchCandidate(float FrequencyHz, float Aperiodicity, float Probability);
