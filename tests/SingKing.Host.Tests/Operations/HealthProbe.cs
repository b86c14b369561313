using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace SingKing.Host.Tests.Operations;

/// <summary>What an orchestrator sees when it asks a host's health endpoints.</summary>
internal static class HealthProbe
{
    public sealed record Answer(HttpStatusCode Status, JsonElement Body)
    {
        public string Overall => Body.GetProperty("status").GetString()!;

        public IReadOnlyDictionary<string, (string Status, string? Reason)> Checks =>
            Body.GetProperty("checks").EnumerateArray().ToDictionary(
                c => c.GetProperty("name").GetString()!,
                c => (c.GetProperty("status").GetString()!, c.GetProperty("reason").GetString()));

        public override string ToString() => $"{(int)Status} {Body}";
    }

    public static async Task<Answer> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/json", $"{path} answered {(int)response.StatusCode} {text}");
        return new Answer(response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>
    /// Asks <c>/health/ready</c> until it gives <paramref name="expected"/>: a server coming back gives no signal but
    /// its answers, and clients reconnect on their own schedule.
    /// </summary>
    public static async Task<Answer> WaitForReadyAsync(HttpClient http, HttpStatusCode expected, TimeSpan patience, string waitingFor)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var answer = await GetAsync(http, "/health/ready");
            if (answer.Status == expected)
                return answer;
            if (clock.Elapsed > patience)
                throw new TimeoutException($"/health/ready did not answer {(int)expected} within {patience.TotalSeconds} s while waiting for {waitingFor}; last answer: {answer}");
            await Task.Delay(100);
        }
    }
}
