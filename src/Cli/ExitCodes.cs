namespace SingKing.Cli;

/// <summary>What <c>singking</c> returns to the shell.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The input was read but held nothing to report (e.g. <c>range</c> found no steadily held note); sing again.</summary>
    public const int NothingFound = 1;

    /// <summary>The command line or the input was wrong (bad arguments, missing or unreadable file); nothing to retry as is.</summary>
    public const int UsageOrInput = 2;
}
