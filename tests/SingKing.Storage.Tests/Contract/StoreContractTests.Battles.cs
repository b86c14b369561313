using SingKing.Storage.Battles;
using SingKing.Storage.Tests.Support;

namespace SingKing.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    private static readonly DateOnly BattleWeek = new(2026, 11, 23);

    [StoreFact]
    public async Task A_weeks_battle_songs_read_back_in_slot_order_with_who_chose_them()
    {
        var admin = await NewSingerAsync("admin");

        await Battles.SetSongsAsync(BattleWeek, ["twinkle", "arirang", "butterfly"], admin.Id, WeekStart, CancellationToken.None);

        Assert.Equal(
            [
                new BattleSong(BattleWeek, 1, "twinkle", admin.Id, WeekStart),
                new BattleSong(BattleWeek, 2, "arirang", admin.Id, WeekStart),
                new BattleSong(BattleWeek, 3, "butterfly", admin.Id, WeekStart),
            ],
            await Battles.SongsAsync(BattleWeek, CancellationToken.None));
        Assert.Empty(await Battles.SongsAsync(BattleWeek.AddDays(7), CancellationToken.None));
    }

    [StoreFact]
    public async Task Choosing_a_weeks_songs_again_replaces_them()
    {
        await Battles.SetSongsAsync(BattleWeek, ["a", "b", "c"], null, WeekStart, CancellationToken.None);

        await Battles.SetSongsAsync(BattleWeek, ["c", "d", "e"], null, WeekStart.AddHours(1), CancellationToken.None);

        Assert.Equal(["c", "d", "e"], (await Battles.SongsAsync(BattleWeek, CancellationToken.None)).Select(s => s.SongId));
    }

    [StoreFact]
    public async Task The_same_song_twice_in_one_week_is_a_duplicate_and_changes_nothing()
    {
        await Battles.SetSongsAsync(BattleWeek, ["a", "b", "c"], null, WeekStart, CancellationToken.None);

        var error = await Assert.ThrowsAsync<StorageConflictException>(() =>
            Battles.SetSongsAsync(BattleWeek, ["d", "d", "e"], null, WeekStart, CancellationToken.None));

        Assert.Equal(StorageConflict.Duplicate, error.Conflict);
        Assert.Equal(["a", "b", "c"], (await Battles.SongsAsync(BattleWeek, CancellationToken.None)).Select(s => s.SongId));
    }

    [StoreFact]
    public async Task A_result_is_fixed_once_and_a_second_close_changes_nothing()
    {
        var winner = await NewSingerAsync("winner", "김민지");
        var other = await NewSingerAsync("other");
        await Battles.SetSongsAsync(BattleWeek, ["a", "b", "c"], null, WeekStart, CancellationToken.None);
        var first = new BattleResult(BattleWeek, "a", winner.Id, "김민지", 9120, WeekStart.AddDays(2), WeekStart.AddDays(7));

        var written = await Battles.FixResultAsync(first, CancellationToken.None);
        var again = await Battles.FixResultAsync(first with { WinnerSingerId = other.Id, WinnerDisplayName = "other", Score = 9999 }, CancellationToken.None);

        Assert.True(written);
        Assert.False(again);
        Assert.Equal([first], await Battles.ResultsAsync(BattleWeek, CancellationToken.None));
    }

    [StoreFact]
    public async Task A_battle_nobody_entered_is_fixed_without_a_winner()
    {
        await Battles.SetSongsAsync(BattleWeek, ["a", "b", "c"], null, WeekStart, CancellationToken.None);

        await Battles.FixResultAsync(BattleResult.NoEntries(BattleWeek, "b", WeekStart.AddDays(7)), CancellationToken.None);

        var result = Assert.Single(await Battles.ResultsAsync(BattleWeek, CancellationToken.None));
        Assert.False(result.HasWinner);
        Assert.Equal(BattleResult.NoEntries(BattleWeek, "b", WeekStart.AddDays(7)), result);
    }

    [StoreFact]
    public async Task A_result_for_a_song_that_is_not_the_weeks_battle_is_a_missing_reference()
    {
        await Battles.SetSongsAsync(BattleWeek, ["a", "b", "c"], null, WeekStart, CancellationToken.None);

        var error = await Assert.ThrowsAsync<StorageConflictException>(() =>
            Battles.FixResultAsync(BattleResult.NoEntries(BattleWeek, "z", WeekStart.AddDays(7)), CancellationToken.None));

        Assert.Equal(StorageConflict.MissingReference, error.Conflict);
    }

    [StoreFact]
    public async Task A_week_with_a_fixed_result_cannot_be_chosen_again()
    {
        await Battles.SetSongsAsync(BattleWeek, ["a", "b", "c"], null, WeekStart, CancellationToken.None);
        await Battles.FixResultAsync(BattleResult.NoEntries(BattleWeek, "a", WeekStart.AddDays(7)), CancellationToken.None);

        var error = await Assert.ThrowsAsync<BattleWeekClosedException>(() =>
            Battles.SetSongsAsync(BattleWeek, ["d", "e", "f"], null, WeekStart, CancellationToken.None));

        Assert.Equal(BattleWeek, error.Week);
        Assert.Equal(["a", "b", "c"], (await Battles.SongsAsync(BattleWeek, CancellationToken.None)).Select(s => s.SongId));
    }

    [StoreFact]
    public async Task Unclosed_weeks_are_those_up_to_the_given_week_with_a_song_still_lacking_its_result()
    {
        var closed = BattleWeek.AddDays(-14);
        var halfClosed = BattleWeek.AddDays(-7);
        var later = BattleWeek.AddDays(7);
        foreach (var week in new[] { closed, halfClosed, BattleWeek, later })
            await Battles.SetSongsAsync(week, ["a", "b", "c"], null, WeekStart, CancellationToken.None);
        foreach (var song in new[] { "a", "b", "c" })
            await Battles.FixResultAsync(BattleResult.NoEntries(closed, song, WeekStart), CancellationToken.None);
        await Battles.FixResultAsync(BattleResult.NoEntries(halfClosed, "a", WeekStart), CancellationToken.None);

        var unclosed = await Battles.UnclosedWeeksAsync(BattleWeek, CancellationToken.None);

        Assert.Equal([halfClosed, BattleWeek], unclosed);
    }

    [StoreFact]
    public async Task Past_weeks_page_newest_first_before_the_given_week()
    {
        for (var i = 0; i < 5; i++)
            await Battles.SetSongsAsync(BattleWeek.AddDays(-7 * i), ["a", "b", "c"], null, WeekStart, CancellationToken.None);

        var firstPage = await Battles.PastWeeksAsync(BattleWeek, 0, 2, CancellationToken.None);
        var secondPage = await Battles.PastWeeksAsync(BattleWeek, 2, 2, CancellationToken.None);

        Assert.Equal([BattleWeek.AddDays(-7), BattleWeek.AddDays(-14)], firstPage);
        Assert.Equal([BattleWeek.AddDays(-21), BattleWeek.AddDays(-28)], secondPage);
        Assert.Equal(4, await Battles.CountPastWeeksAsync(BattleWeek, CancellationToken.None));
    }

    [StoreFact]
    public async Task Deleting_the_winners_account_keeps_the_result_with_its_name()
    {
        var winner = await NewSingerAsync("winner", "김민지");
        await Battles.SetSongsAsync(BattleWeek, ["a", "b", "c"], winner.Id, WeekStart, CancellationToken.None);
        await Battles.FixResultAsync(new BattleResult(BattleWeek, "a", winner.Id, "김민지", 9120, WeekStart.AddDays(2), WeekStart.AddDays(7)), CancellationToken.None);

        await Singers.DeleteAsync(winner.Id, CancellationToken.None);

        var result = Assert.Single(await Battles.ResultsAsync(BattleWeek, CancellationToken.None));
        Assert.Null(result.WinnerSingerId);
        Assert.Equal(("김민지", 9120), (result.WinnerDisplayName, result.Score));
        Assert.All(await Battles.SongsAsync(BattleWeek, CancellationToken.None), song => Assert.Null(song.ChosenBy));
    }
}
