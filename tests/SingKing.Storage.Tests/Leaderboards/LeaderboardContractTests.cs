using SingKing.Storage.Leaderboards;

namespace SingKing.Storage.Tests.Leaderboards;

/// <summary>What every leaderboard store does, run against memory and a real Redis.</summary>
public abstract class LeaderboardContractTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 12, 0, 0, TimeSpan.FromHours(9));

    protected abstract ILeaderboardStore Store { get; }

    // Each test its own board, so tests sharing a store never see each other's entries.
    private readonly BoardId _board = BoardId.Song("arirang-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task A_better_take_replaces_the_singers_entry_and_a_worse_one_does_not()
    {
        Assert.True(await Store.OfferAsync(_board, Take(1, "a", 6000, 0), default));
        Assert.True(await Store.OfferAsync(_board, Take(1, "b", 7500.5, 1), default));
        Assert.False(await Store.OfferAsync(_board, Take(1, "c", 7000, 2), default));

        var mine = await Store.RankOfAsync(_board, 1, default);

        Assert.Equal(1L, await Store.CountAsync(_board, default));
        Assert.Equal(new RankedEntry(1, Take(1, "b", 7500.5, 1)), mine);
    }

    [Fact]
    public async Task Of_two_equal_scores_the_earlier_take_ranks_higher_and_a_later_equal_take_changes_nothing()
    {
        await Store.OfferAsync(_board, Take(2, "late", 8000, 60), default);
        await Store.OfferAsync(_board, Take(3, "early", 8000, 10), default);

        var offeredAgain = await Store.OfferAsync(_board, Take(3, "same-again", 8000, 90), default);
        var top = await Store.TopAsync(_board, 10, default);

        Assert.False(offeredAgain);
        Assert.Equal([(1, "early"), (2, "late")], top.Select(r => (r.Rank, r.Entry.TakeId)));
    }

    [Fact]
    public async Task The_top_of_a_board_is_best_first_and_cut_at_the_count()
    {
        for (var singer = 1; singer <= 5; singer++)
            await Store.OfferAsync(_board, Take(singer, $"t{singer}", 1000 * singer, singer), default);

        var top = await Store.TopAsync(_board, 3, default);

        Assert.Equal([(1, 5L), (2, 4L), (3, 3L)], top.Select(r => (r.Rank, r.Entry.SingerId)));
        Assert.Equal(new RankedEntry(5, Take(1, "t1", 1000, 1)), await Store.RankOfAsync(_board, 1, default));
    }

    [Fact]
    public async Task A_singer_not_on_the_board_has_no_rank()
    {
        await Store.OfferAsync(_board, Take(1, "a", 5000, 0), default);

        Assert.Null(await Store.RankOfAsync(_board, 99, default));
        Assert.Empty(await Store.TopAsync(BoardId.Song("nobody-sang-" + Guid.NewGuid().ToString("N")[..6]), 10, default));
    }

    [Fact]
    public async Task Boards_of_the_same_song_for_all_time_and_for_a_week_are_kept_apart()
    {
        var song = _board.SongId!;
        var week = BoardId.SongWeek(song, BoardWeeks.WeekOf(Monday, BoardWeeks.Seoul));
        await Store.OfferAsync(_board, Take(1, "all-time", 9000, 0), default);
        await Store.OfferAsync(week, Take(2, "this-week", 5000, 0), default);

        Assert.Equal([1L], (await Store.TopAsync(_board, 10, default)).Select(r => r.Entry.SingerId));
        Assert.Equal([2L], (await Store.TopAsync(week, 10, default)).Select(r => r.Entry.SingerId));
    }

    [Fact]
    public async Task A_rebuild_keeps_each_singers_best_and_drops_what_was_there()
    {
        await Store.OfferAsync(_board, Take(9, "stale", 9999, 0), default);

        await Store.ReplaceAsync(_board, [Take(1, "a1", 4000, 0), Take(1, "a2", 6000, 1), Take(2, "b1", 5000, 2)], default);
        var top = await Store.TopAsync(_board, 10, default);

        Assert.Equal([(1L, "a2"), (2L, "b1")], top.Select(r => (r.Entry.SingerId, r.Entry.TakeId)));
    }

    [Fact]
    public async Task Korean_song_ids_and_tenths_of_a_point_come_back_as_they_went_in()
    {
        var board = BoardId.Song("아리랑-" + Guid.NewGuid().ToString("N")[..6]);

        await Store.OfferAsync(board, Take(7, "첫-녹음", 8765.4, 0), default);

        Assert.Equal(Take(7, "첫-녹음", 8765.4, 0), (await Store.TopAsync(board, 1, default))[0].Entry);
    }

    protected static BoardEntry Take(long singer, string takeId, double score, int minutesAfterMonday) =>
        new(singer, takeId, score, Monday.AddMinutes(minutesAfterMonday).ToUniversalTime());
}
