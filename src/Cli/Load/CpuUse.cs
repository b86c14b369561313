namespace SingKing.Cli.Load;

/// <summary>CPU used over a stretch of wall time.</summary>
/// <param name="WallSeconds">Length of the stretch, in seconds.</param>
/// <param name="HostUserCores">The host process's user time per wall second (1.0 = one core busy all the time).</param>
/// <param name="HostSystemCores">The host process's kernel time per wall second.</param>
/// <param name="MachineBusyFraction">Share of all the machine's cores that were busy, 0–1, whoever used them.</param>
/// <param name="ClientCores">This load tool's own CPU time per wall second.</param>
/// <param name="ClientGcPauseMs">
/// How long this load tool's garbage collector paused it over the stretch, in ms: while paused it neither sends nor
/// times answers, so the pause lands in the latencies.
/// </param>
internal sealed record CpuUse(double WallSeconds, double HostUserCores, double HostSystemCores, double MachineBusyFraction, double ClientCores, double ClientGcPauseMs)
{
    /// <summary>The host's user and kernel time together, in cores.</summary>
    public double HostCores => HostUserCores + HostSystemCores;
}
