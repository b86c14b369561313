using System.Text.Json;
using SingKing.Dsp.Charts;
using SingKing.Storage.Takes;

namespace SingKing.Host.Boards;

/// <summary>
/// Judges a stored take before it enters a board. Only the database row and the song's chart are trusted: the score
/// must be the one the stored report gives, and the recording must be there and cover the song's sung part.
/// </summary>
public static class BoardGate
{
    /// <summary>Whether <paramref name="take"/> may enter the boards of its song, sung to <paramref name="chart"/> (null when the song is unknown).</summary>
    public static BoardVerdict Judge(Take take, Chart? chart)
    {
        ArgumentNullException.ThrowIfNull(take);
        if (take.SongId is null || chart is null)
            return BoardVerdict.NoSong;
        if (take.Status != TakeOutcome.Complete || take.TotalScore is null)
            return BoardVerdict.NotFinished;
        if (string.IsNullOrEmpty(take.AudioPath))
            return BoardVerdict.NoAudio;
        if (take.DurationSeconds < SungPartSeconds(chart))
            return BoardVerdict.ShorterThanSungPart;
        if (ReportTotal(take.ReportJson) is not { } total || (int)Math.Clamp(Math.Round(total), 0, 10_000) != take.TotalScore)
            return BoardVerdict.ScoreNotReproduced;
        return BoardVerdict.Enters;
    }

    /// <summary>Seconds from the chart's first sung note to the end of its last, over every voice; 0 without notes.</summary>
    public static double SungPartSeconds(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var notes = chart.Voices.SelectMany(v => v.Notes).ToList();
        if (notes.Count == 0)
            return 0;
        return notes.Max(chart.NoteEndSeconds) - notes.Min(chart.NoteStartSeconds);
    }

    private static double? ReportTotal(string? reportJson)
    {
        if (string.IsNullOrEmpty(reportJson))
            return null;
        try
        {
            using var document = JsonDocument.Parse(reportJson);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && TryGetProperty(document.RootElement, "total", out var total)
                && total.TryGetDouble(out var value) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
