using System.Globalization;

namespace SingKing.Host.Tests.Operations;

/// <summary>Reads the Prometheus text format a scrape of <c>/metrics</c> answers.</summary>
internal static class PrometheusText
{
    /// <summary>
    /// The sum of the samples of <paramref name="metric"/> over all its label sets, or null when the scrape does not
    /// show it at all.
    /// </summary>
    public static double? Sum(string scrape, string metric)
    {
        double? sum = null;
        foreach (var line in scrape.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var nameEnd = line.IndexOfAny(['{', ' ']);
            if (nameEnd < 0 || line.AsSpan(0, nameEnd).SequenceCompareTo(metric) != 0)
                continue;
            // Labels may hold spaces inside quotes; the value follows the closing brace.
            var afterLabels = line[nameEnd] == '{' ? line.IndexOf('}', nameEnd) + 1 : nameEnd;
            var fields = line[afterLabels..].Trim().Split(' ');
            sum = (sum ?? 0) + double.Parse(fields[0], CultureInfo.InvariantCulture);
        }

        return sum;
    }

    public static async Task<string> ScrapeAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"/metrics answered {(int)response.StatusCode}: {text}");
        return text;
    }
}
