namespace SingKing.Grains.Timbre;

/// <summary>Why a recording could not be diagnosed.</summary>
public enum TimbreRecordingProblem
{
    /// <summary>The recording is shorter than <see cref="TimbreAnalyzer.MinimumSeconds"/>.</summary>
    TooShort,

    /// <summary>The recording is longer than <see cref="TimbreAnalyzer.MaximumSeconds"/>.</summary>
    TooLong,

    /// <summary>Less than <see cref="TimbreAnalyzer.MinimumVoicedSeconds"/> of it has a pitch (silence, speech, noise).</summary>
    NotEnoughSinging,
}
