namespace SingKing.Host.Tests.Support;

/// <summary>Barriers on what a host logs about one take, for what it does on its own (a connection's close, a timer).</summary>
public static class TakeEvents
{
    /// <summary>Completes once the host has seen the take's connection go away and keeps the take open for a resume.</summary>
    public static Task WaitUntilWaitingForResumeAsync(this SingKingHostFactory host, string takeId) =>
        host.Logs.WaitForAsync($"take {takeId} lost its connection", $"take {takeId} to be kept open for a resume after its connection went away");

    /// <summary>Completes once the host has ended the take as abandoned.</summary>
    public static Task WaitUntilAbandonedAsync(this SingKingHostFactory host, string takeId, string when) =>
        host.Logs.WaitForAsync($"ended take {takeId} as Abandoned", $"take {takeId} to end as abandoned {when}");
}
