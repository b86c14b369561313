using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SingKing.Cli.Load;

/// <summary>
/// Signs a simulated singer up as the page does: fetch the antiforgery token (which also sets its cookie), post the
/// sign-up with the token in its header, keep the sign-in cookie the answer sets. The cookies then go with the hub
/// connection, so the hub sees a signed-in singer exactly as it sees the browser.
/// </summary>
internal static class SingerAccount
{
    /// <summary>Creates the account <paramref name="userName"/>; returns the cookies that carry its sign-in.</summary>
    /// <exception cref="LoadRefusedException">The host answered anything but success; the kind names the status and problem code.</exception>
    public static async Task<CookieContainer> SignUpAsync(Uri hostUrl, string userName, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        using var handler = new SocketsHttpHandler { CookieContainer = cookies, UseCookies = true };
        using var http = new HttpClient(handler) { BaseAddress = hostUrl, Timeout = TimeSpan.FromSeconds(60) };

        using var tokenResponse = await http.GetAsync("api/account/antiforgery", cancellationToken);
        await EnsureSuccessAsync(tokenResponse, "antiforgery", cancellationToken);
        var token = await tokenResponse.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);

        using var request = new HttpRequestMessage(HttpMethod.Post, "api/account/signup")
        {
            Content = JsonContent.Create(new
            {
                userName,
                email = userName + "@load.example.com",
                displayName = userName,
                password = "load-" + Guid.NewGuid().ToString("N"),
                preferredLanguage = "en",
            }),
        };
        request.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, "signUp", cancellationToken);
        return cookies;
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string step, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
            return;
        // The host's problem details carry a code the page translates; it says more than the status alone.
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        string? code = null;
        try
        {
            using var problem = JsonDocument.Parse(body);
            if (problem.RootElement.ValueKind == JsonValueKind.Object && problem.RootElement.TryGetProperty("code", out var value))
                code = value.GetString();
        }
        catch (JsonException)
        {
            // Not problem details: the status is all there is to say.
        }

        var status = (int)response.StatusCode;
        throw new LoadRefusedException(
            code is null ? $"HTTP {status}" : $"HTTP {status} {code}",
            $"{step} answered HTTP {status}{(code is null ? "" : " " + code)}: {body[..Math.Min(body.Length, 200)]}");
    }
}
