using SingKing.Host.Hubs;

namespace SingKing.Browser.Tests;

/// <summary>A take sung to a song through the hub, and the singer cookie it belongs to.</summary>
/// <param name="SingerId">The singer cookie's value: a browser context carrying it may open the take's report.</param>
/// <param name="TakeId">The take.</param>
/// <param name="Summary">What the hub answered when the take ended.</param>
public sealed record ReportTake(string SingerId, string TakeId, SessionSummary Summary);
