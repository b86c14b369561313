using SingKing.Storage.Singers;
using SingKing.Storage.Takes;
using SingKing.Storage.Tests.Support;

namespace SingKing.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task A_saved_take_reads_back_with_every_field_and_its_Korean_report()
    {
        var singer = await NewSingerAsync("minji");
        await AddSongAsync("arirang");
        var take = new Take
        {
            Id = "2026-11-25T17-39-17Z",
            SingerId = singer.Id,
            SongId = "arirang",
            Difficulty = "hard",
            StartedAt = WeekStart.AddHours(17).AddTicks(1234560),
            EndedAt = WeekStart.AddHours(17).AddSeconds(95.25),
            DurationSeconds = 95.25,
            Status = TakeOutcome.Complete,
            TotalScore = 8734,
            PitchAccuracy = 0.912,
            RhythmAccuracy = 0.805,
            LyricsAccuracy = 1,
            ReportJson = """{"phrases":[{"lyric":"아리랑 아리랑 아라리요","score":912}],"comment":"고음 🎵 안정적"}""",
            AudioPath = "takes/1/2026-11-25T17-39-17Z/audio.wav",
            LatencyMs = 182.5,
        };

        await SaveAsync(take);

        Assert.Equal(take, await Takes.GetAsync(take.Id, CancellationToken.None));
    }

    [StoreFact]
    public async Task An_abandoned_unscored_take_keeps_its_nulls()
    {
        var singer = await NewSingerAsync("minji");
        var take = TakeOf(singer, "take-1", null, null, WeekStart.AddHours(1), TakeOutcome.Abandoned);

        await SaveAsync(take);

        Assert.Equal(take, await Takes.GetAsync("take-1", CancellationToken.None));
    }

    [StoreFact]
    public async Task Saving_a_take_again_replaces_it_instead_of_adding_another()
    {
        var singer = await NewSingerAsync("minji");
        await SaveAsync(TakeOf(singer, "take-1", null, 1000, WeekStart.AddHours(1)));

        await SaveAsync(TakeOf(singer, "take-1", null, 2000, WeekStart.AddHours(1)));

        var page = await Takes.ListBySingerAsync(singer.Id, 0, 10, CancellationToken.None);
        Assert.Equal((1, 2000), (page.TotalCount, page.Takes.Single().TotalScore));
    }

    [StoreFact]
    public async Task A_take_of_an_unknown_singer_is_a_missing_reference()
    {
        var error = await Assert.ThrowsAsync<StorageConflictException>(() =>
            SaveAsync(TakeOf(new Singer { Id = 424242 }, "take-1", null, null, WeekStart)));

        Assert.Equal(StorageConflict.MissingReference, error.Conflict);
    }

    [StoreFact]
    public async Task A_score_above_10000_is_out_of_range()
    {
        var singer = await NewSingerAsync("minji");

        var error = await Assert.ThrowsAsync<StorageConflictException>(() => SaveAsync(TakeOf(singer, "take-1", null, 10001, WeekStart)));

        Assert.Equal(StorageConflict.OutOfRange, error.Conflict);
    }

    [StoreFact]
    public async Task A_singers_history_comes_in_pages_newest_first()
    {
        var singer = await NewSingerAsync("minji");
        for (var i = 0; i < 25; i++)
        {
            await SaveAsync(TakeOf(singer, $"take-{i:00}", null, null, WeekStart.AddMinutes(i * 5)));
        }

        var pages = new[]
        {
            await Takes.ListBySingerAsync(singer.Id, 0, 10, CancellationToken.None),
            await Takes.ListBySingerAsync(singer.Id, 10, 10, CancellationToken.None),
            await Takes.ListBySingerAsync(singer.Id, 20, 10, CancellationToken.None),
        };

        Assert.All(pages, page => Assert.Equal(25, page.TotalCount));
        Assert.Equal(
            Enumerable.Range(0, 25).Reverse().Select(i => $"take-{i:00}"),
            pages.SelectMany(page => page.Takes).Select(take => take.Id));
    }

    [StoreFact]
    public async Task A_history_page_of_no_takes_or_before_the_first_take_is_refused()
    {
        var singer = await NewSingerAsync("minji");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Takes.ListBySingerAsync(singer.Id, 0, 0, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Takes.ListBySingerAsync(singer.Id, -1, 10, CancellationToken.None));
    }

    [StoreFact]
    public async Task A_page_past_the_last_take_is_empty_but_still_counts_them()
    {
        var singer = await NewSingerAsync("minji");
        await SaveAsync(TakeOf(singer, "take-1", null, null, WeekStart));

        var page = await Takes.ListBySingerAsync(singer.Id, 10, 10, CancellationToken.None);

        Assert.Equal((0, 1), (page.Takes.Count, page.TotalCount));
    }

    [StoreFact]
    public async Task A_singers_history_holds_only_their_own_takes()
    {
        var minji = await NewSingerAsync("minji");
        var jun = await NewSingerAsync("jun");
        await SaveAsync(TakeOf(minji, "minji-1", null, null, WeekStart.AddHours(1)));
        await SaveAsync(TakeOf(jun, "jun-1", null, null, WeekStart.AddHours(2)));

        var page = await Takes.ListBySingerAsync(minji.Id, 0, 10, CancellationToken.None);

        Assert.Equal((1, "minji-1"), (page.TotalCount, page.Takes.Single().Id));
    }

    [StoreFact]
    public async Task Takes_of_one_song_come_newest_first_so_the_second_is_the_previous_take()
    {
        var singer = await NewSingerAsync("minji");
        await AddSongAsync("arirang");
        await AddSongAsync("doraji");
        await SaveAsync(TakeOf(singer, "arirang-1", "arirang", 6000, WeekStart.AddHours(1)));
        await SaveAsync(TakeOf(singer, "doraji-1", "doraji", 7000, WeekStart.AddHours(2)));
        await SaveAsync(TakeOf(singer, "arirang-2", "arirang", 6500, WeekStart.AddHours(3)));
        await SaveAsync(TakeOf(singer, "arirang-3", "arirang", 6400, WeekStart.AddHours(4)));

        var latestTwo = await Takes.ListBySingerAndSongAsync(singer.Id, "arirang", 2, CancellationToken.None);

        Assert.Equal(["arirang-3", "arirang-2"], latestTwo.Select(take => take.Id));
    }

    [StoreFact]
    public async Task A_singers_best_per_song_is_the_highest_complete_score_and_the_earliest_of_equals()
    {
        var singer = await NewSingerAsync("minji");
        await AddSongAsync("arirang");
        await AddSongAsync("doraji");
        await SaveAsync(TakeOf(singer, "arirang-1", "arirang", 7000, WeekStart.AddHours(1)));
        await SaveAsync(TakeOf(singer, "arirang-2", "arirang", 8000, WeekStart.AddHours(2)));
        await SaveAsync(TakeOf(singer, "arirang-3", "arirang", 8000, WeekStart.AddHours(3)));
        await SaveAsync(TakeOf(singer, "arirang-4", "arirang", 9900, WeekStart.AddHours(4), TakeOutcome.Abandoned));
        await SaveAsync(TakeOf(singer, "doraji-1", "doraji", 9000, WeekStart.AddHours(5)));
        await SaveAsync(TakeOf(singer, "free-1", null, null, WeekStart.AddHours(6)));

        var best = await Takes.BestPerSongAsync(singer.Id, CancellationToken.None);

        Assert.Equal(
            [
                new SongBest { SongId = "doraji", TakeId = "doraji-1", TotalScore = 9000, EndedAt = WeekStart.AddHours(5), TakeCount = 1 },
                new SongBest { SongId = "arirang", TakeId = "arirang-2", TotalScore = 8000, EndedAt = WeekStart.AddHours(2), TakeCount = 3 },
            ],
            best);
    }

    [StoreFact]
    public async Task A_progress_chart_gets_the_most_recent_scores_oldest_first_for_one_song_or_all()
    {
        var singer = await NewSingerAsync("minji");
        await AddSongAsync("arirang");
        await AddSongAsync("doraji");
        await SaveAsync(TakeOf(singer, "arirang-1", "arirang", 5000, WeekStart.AddHours(1)));
        await SaveAsync(TakeOf(singer, "doraji-1", "doraji", 6000, WeekStart.AddHours(2)));
        await SaveAsync(TakeOf(singer, "arirang-2", "arirang", 5500, WeekStart.AddHours(3)));
        await SaveAsync(TakeOf(singer, "arirang-abandoned", "arirang", 9000, WeekStart.AddHours(4), TakeOutcome.Abandoned));
        await SaveAsync(TakeOf(singer, "arirang-3", "arirang", 6100, WeekStart.AddHours(5)));

        var arirang = await Takes.ScoreHistoryAsync(singer.Id, "arirang", 10, CancellationToken.None);
        var lastTwoOfAll = await Takes.ScoreHistoryAsync(singer.Id, null, 2, CancellationToken.None);

        Assert.Equal([("arirang-1", 5000), ("arirang-2", 5500), ("arirang-3", 6100)], arirang.Select(point => (point.TakeId, point.TotalScore)));
        Assert.Equal(["arirang-2", "arirang-3"], lastTwoOfAll.Select(point => point.TakeId));
    }

    [StoreFact]
    public async Task The_weekly_board_ranks_each_singers_best_take_of_the_song_within_the_week()
    {
        var minji = await NewSingerAsync("minji", "김민지");
        var jun = await NewSingerAsync("jun", "이준");
        var sora = await NewSingerAsync("sora", "박소라");
        await AddSongAsync("arirang");
        await AddSongAsync("doraji");
        var weekEnd = WeekStart.AddDays(7);
        await SaveAsync(TakeOf(minji, "minji-before", "arirang", 9999, WeekStart.AddTicks(-10)));
        await SaveAsync(TakeOf(minji, "minji-first", "arirang", 7000, WeekStart));
        await SaveAsync(TakeOf(minji, "minji-best", "arirang", 8800, WeekStart.AddDays(3)));
        await SaveAsync(TakeOf(jun, "jun-best", "arirang", 9100, WeekStart.AddDays(6)));
        await SaveAsync(TakeOf(jun, "jun-other-song", "doraji", 9900, WeekStart.AddDays(2)));
        await SaveAsync(TakeOf(sora, "sora-at-the-end", "arirang", 9500, weekEnd));
        await SaveAsync(TakeOf(sora, "sora-abandoned", "arirang", 9400, WeekStart.AddDays(1), TakeOutcome.Abandoned));

        var board = await Takes.LeaderboardAsync("arirang", WeekStart, weekEnd, 10, CancellationToken.None);

        Assert.Equal(
            [(1, jun.Id, "이준", "jun-best", 9100), (2, minji.Id, "김민지", "minji-best", 8800)],
            board.Select(entry => (entry.Rank, entry.SingerId, entry.DisplayName, entry.TakeId, entry.TotalScore)));
    }

    [StoreFact]
    public async Task The_weekly_board_over_every_song_takes_each_singers_best_of_any_song()
    {
        var minji = await NewSingerAsync("minji");
        var jun = await NewSingerAsync("jun");
        await AddSongAsync("arirang");
        await AddSongAsync("doraji");
        await SaveAsync(TakeOf(minji, "minji-arirang", "arirang", 8000, WeekStart.AddDays(1)));
        await SaveAsync(TakeOf(minji, "minji-doraji", "doraji", 8500, WeekStart.AddDays(2)));
        await SaveAsync(TakeOf(jun, "jun-arirang", "arirang", 9000, WeekStart.AddDays(3)));
        await SaveAsync(TakeOf(jun, "jun-free", null, null, WeekStart.AddDays(3)));

        var board = await Takes.LeaderboardAsync(null, WeekStart, WeekStart.AddDays(7), 10, CancellationToken.None);

        Assert.Equal(["jun-arirang", "minji-doraji"], board.Select(entry => entry.TakeId));
    }

    [StoreFact]
    public async Task Equal_scores_on_the_board_rank_whoever_reached_the_score_first_higher_and_the_limit_cuts_the_rest()
    {
        var minji = await NewSingerAsync("minji");
        var jun = await NewSingerAsync("jun");
        var sora = await NewSingerAsync("sora");
        await AddSongAsync("arirang");
        await SaveAsync(TakeOf(minji, "minji-1", "arirang", 9000, WeekStart.AddDays(2)));
        await SaveAsync(TakeOf(jun, "jun-1", "arirang", 9000, WeekStart.AddDays(1)));
        await SaveAsync(TakeOf(sora, "sora-1", "arirang", 5000, WeekStart.AddDays(1)));

        var board = await Takes.LeaderboardAsync("arirang", WeekStart, WeekStart.AddDays(7), 2, CancellationToken.None);

        Assert.Equal([(1, "jun-1"), (2, "minji-1")], board.Select(entry => (entry.Rank, entry.TakeId)));
    }

    [StoreFact]
    public async Task Deleting_a_take_deletes_its_diagnoses_but_not_the_singers_others()
    {
        var singer = await NewSingerAsync("minji");
        await SaveAsync(TakeOf(singer, "take-1", null, null, WeekStart.AddHours(1)));
        await SaveAsync(TakeOf(singer, "take-2", null, null, WeekStart.AddHours(2)));
        await Diagnoses.AddRangeAsync(RangeOf(singer, "take-1", WeekStart.AddHours(1)), CancellationToken.None);
        await Diagnoses.AddTimbreAsync(TimbreOf(singer, "take-1", WeekStart.AddHours(1)), CancellationToken.None);
        await Diagnoses.AddRangeAsync(RangeOf(singer, "take-2", WeekStart.AddHours(2)), CancellationToken.None);

        Assert.True(await Takes.DeleteAsync(singer.Id, "take-1", CancellationToken.None));

        Assert.Null(await Takes.GetAsync("take-1", CancellationToken.None));
        Assert.Equal(["take-2"], (await Diagnoses.ListRangeAsync(singer.Id, 10, CancellationToken.None)).Select(d => d.TakeId));
        Assert.Empty(await Diagnoses.ListTimbreAsync(singer.Id, 10, CancellationToken.None));
    }

    [StoreFact]
    public async Task A_singer_cannot_delete_another_singers_take()
    {
        var minji = await NewSingerAsync("minji");
        var jun = await NewSingerAsync("jun");
        await SaveAsync(TakeOf(minji, "take-1", null, null, WeekStart.AddHours(1)));

        Assert.False(await Takes.DeleteAsync(jun.Id, "take-1", CancellationToken.None));

        Assert.NotNull(await Takes.GetAsync("take-1", CancellationToken.None));
    }

    [StoreFact]
    public async Task Times_keep_microseconds_and_come_back_in_UTC()
    {
        var singer = await NewSingerAsync("minji");
        var seoulEvening = new DateTimeOffset(2026, 11, 25, 21, 15, 30, TimeSpan.FromHours(9)).AddTicks(1234567);
        await SaveAsync(TakeOf(singer, "take-1", null, null, seoulEvening));

        var take = await Takes.GetAsync("take-1", CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 12, 15, 30, TimeSpan.Zero).AddTicks(1234560), take!.EndedAt);
        Assert.Equal(TimeSpan.Zero, take.EndedAt.Offset);
    }
}
