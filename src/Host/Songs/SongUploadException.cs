using SingKing.Dsp.Charts;

namespace SingKing.Host.Songs;

/// <summary>An upload the library refuses, with the HTTP status and what the singer should do.</summary>
public sealed class SongUploadException : Exception
{
    /// <summary>Creates the refusal.</summary>
    /// <param name="statusCode">400 for a bad file, 413 for one that is too large.</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="chartErrors">The chart's errors with their line numbers, when the chart did not parse.</param>
    public SongUploadException(int statusCode, string message, IReadOnlyList<ChartDiagnostic>? chartErrors = null)
        : base(message)
    {
        StatusCode = statusCode;
        ChartErrors = chartErrors ?? [];
    }

    /// <summary>HTTP status to answer with.</summary>
    public int StatusCode { get; }

    /// <summary>The chart's errors, each with its 1-based line (0 for the whole file); empty for other problems.</summary>
    public IReadOnlyList<ChartDiagnostic> ChartErrors { get; }
}
