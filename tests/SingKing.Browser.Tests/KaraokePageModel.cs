using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>The Karaoke page as the tests see it: its stable test ids, and waits that say what they waited for.</summary>
public sealed class KaraokePageModel(IPage page) : PageModel(page)
{
    public ILocator Search => Page.GetByTestId("song-search");

    public ILocator StyleFilter => Page.GetByTestId("filter-style");

    public ILocator LanguageFilter => Page.GetByTestId("filter-language");

    public ILocator DifficultyFilter => Page.GetByTestId("filter-difficulty");

    public ILocator SongChoices => Page.GetByTestId("song-list").Locator("li");

    /// <summary>The list entry of the song <paramref name="id"/>.</summary>
    public ILocator Song(string id) => Page.GetByTestId("song-list").Locator($"[data-song-id=\"{id}\"]");

    public ILocator SongTitle => Page.GetByTestId("song-title");

    public ILocator Missing => Page.GetByTestId("song-missing");

    public ILocator Start => Page.GetByTestId("karaoke-start");

    public ILocator Pause => Page.GetByTestId("karaoke-pause");

    public ILocator Stop => Page.GetByTestId("karaoke-stop");

    public ILocator Stage => Page.GetByTestId("karaoke-stage");

    public ILocator Roll => Page.GetByTestId("piano-roll");

    public ILocator Summary => Page.GetByTestId("karaoke-summary");

    public ILocator SummaryScore => Page.GetByTestId("summary-score");

    public ILocator SummaryNotes => Page.GetByTestId("summary-notes");

    public ILocator Status => Page.GetByTestId("status");

    public ILocator Notice => Page.GetByTestId("notice");

    /// <summary>The accessible list entry of the song's note <paramref name="id"/> (its index in the first voice).</summary>
    public ILocator Note(int id) => Page.Locator($"[data-testid=\"karaoke-notes\"] [data-note-id=\"{id}\"]");

    /// <summary>Opens the song list and waits until the catalogue is shown.</summary>
    public async Task OpenListAsync(Uri baseAddress)
    {
        await Page.GotoAsync(new Uri(baseAddress, "/karaoke").ToString());
        await WaitAsync(
            () => Expect(SongChoices.First).ToBeVisibleAsync(new() { Timeout = 10_000 }),
            "the song list to show the catalogue");
    }

    /// <summary>Opens <c>/karaoke?song=<paramref name="songId"/></c> and waits for the song's screen.</summary>
    public async Task OpenSongAsync(Uri baseAddress, string songId)
    {
        await Page.GotoAsync(new Uri(baseAddress, $"/karaoke?song={Uri.EscapeDataString(songId)}").ToString());
        await WaitAsync(
            () => Expect(Start).ToBeVisibleAsync(new() { Timeout = 10_000 }),
            $"the screen of the song {songId}");
    }

    /// <summary>How many of notes 0…<paramref name="lastId"/> are shown as <paramref name="hit"/> (hit, partial, miss, pending).</summary>
    public async Task<int> CountNotesAsync(int lastId, string hit)
    {
        var count = 0;
        for (var id = 0; id <= lastId; id++)
        {
            if (await Note(id).GetAttributeAsync("data-hit") == hit)
                count++;
        }

        return count;
    }

    protected override async Task<string> DescribeAsync() =>
        $"stage \"{await Stage.GetAttributeAsync("data-state", new() { Timeout = 1_000 })}\", " +
        $"status \"{await TextOf(Status)}\", notice \"{await TextOf(Notice)}\", score \"{await TextOf(Page.GetByTestId("karaoke-score"))}\", " +
        $"missing \"{await TextOf(Page.GetByTestId("song-missing-text"))}\"";
}
