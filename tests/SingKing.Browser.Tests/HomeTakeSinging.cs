using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SingKing.Host.Hubs;

namespace SingKing.Browser.Tests;

/// <summary>
/// Sings the bundled Twinkle through the hub as the singer a browser context is signed in as: the connection carries
/// the context's cookies (the sign-in cookie among them), as the page's own connection would.
/// </summary>
public static class HomeTakeSinging
{
    /// <summary>Sings Twinkle on pitch as the context's singer and returns the ended take's summary.</summary>
    public static async Task<SessionSummary> SingTwinkleAsync(IBrowserContext context, Uri baseAddress)
    {
        var cookies = await context.CookiesAsync([baseAddress.ToString()]);
        var header = string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}"));
        var samples = await ReportTakes.RenderAsync(baseAddress, _ => 0);
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "hubs/singing"), options => options.Headers["Cookie"] = header)
            .AddMessagePackProtocol()
            .Build();
        await connection.StartAsync();
        await ReportTakes.StartAsync(connection);
        await ReportTakes.StreamAsync(connection, samples);
        return await connection.InvokeAsync<SessionSummary>("endSession");
    }
}
