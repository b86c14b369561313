namespace SingKing.Dsp.Pitch;

/// <summary>
/// One pitch estimate, every hop (10 ms by default), stamped at the centre of the audio it describes.
/// </summary>
/// <param name="TimeSeconds">Time of the frame's centre, in seconds from the first input sample.</param>
/// <param name="FrequencyHz">Fundamental frequency in Hz, or 0 when the frame is unvoiced.</param>
/// <param name="Confidence">Periodicity in [0, 1]: 1 − the YIN aperiodicity at the chosen lag (0 when unvoiced and aperiodic).</param>
/// <param name="LevelDb">RMS level of the frame in dBFS (−120 for digital silence).</param>
public readonly record struct PitchFrame(double TimeSeconds, float FrequencyHz, float Confidence, float LevelDb)
{
    /// <summary>True when the frame carries a fundamental frequency.</summary>
    public bool IsVoiced => FrequencyHz > 0;
}
