namespace SingKing.Grains.Timbre;

/// <summary>A recording the timbre diagnosis cannot use; the message says what to do.</summary>
[GenerateSerializer]
public sealed class TimbreRecordingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TimbreRecordingException(TimbreRecordingProblem problem, string message)
        : base(message)
    {
        Problem = problem;
    }

    /// <summary>What is wrong with the recording.</summary>
    [Id(0)]
    public TimbreRecordingProblem Problem { get; private set; }
}
