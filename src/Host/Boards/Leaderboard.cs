using System.Globalization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using SingKing.Dsp.Charts;
using SingKing.Grains.Reports;
using SingKing.Grains.Takes;
using SingKing.Host.Songs;
using SingKing.Storage.Leaderboards;
using SingKing.Storage.Singers;
using SingKing.Storage.Takes;

namespace SingKing.Host.Boards;

/// <summary>
/// The boards of saved takes: a take that passes <see cref="BoardGate"/> is offered to its song's all-time board, its
/// song's weekly board and the global weekly board, and clients watching a board it entered are told over
/// <see cref="BoardHub"/>. A board that is empty in the store but has takes in the database (the store lost its data,
/// or the host restarted without Redis) is rebuilt from the database before it is read or offered to.
/// </summary>
public sealed partial class Leaderboard
{
    /// <summary>How many rows a board shows.</summary>
    public const int TopCount = 50;

    /// <summary>How many rows above and below the caller's are shown.</summary>
    public const int Neighbours = 2;

    // A rebuild reads at most this many singers from the database per board (the database's largest page); the page
    // shows 50, and a caller ranked below this many has no rank until their next take enters.
    private const int RebuildLimit = 1000;

    private static readonly DateTimeOffset AllTimeFrom = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AllTimeTo = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ILeaderboardStore _store;
    private readonly ITakeStore _takes;
    private readonly ISingerStore _singers;
    private readonly SongLibrary _songs;
    private readonly IHubContext<BoardHub> _hub;
    private readonly TimeProvider _clock;
    private readonly ILogger<Leaderboard> _logger;
    private readonly string _dataPath;

    /// <summary>Boards over the configured store and database.</summary>
    public Leaderboard(
        ILeaderboardStore store,
        ITakeStore takes,
        ISingerStore singers,
        SongLibrary songs,
        IHubContext<BoardHub> hub,
        IOptions<BoardOptions> options,
        IOptions<TakeFileStoreOptions> files,
        TimeProvider clock,
        ILogger<Leaderboard> logger)
    {
        _dataPath = files.Value.DataPath;
        _store = store;
        _takes = takes;
        _singers = singers;
        _songs = songs;
        _hub = hub;
        _clock = clock;
        _logger = logger;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
    }

    /// <summary>The time zone of the weeks.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>
    /// Offers a saved take to its boards when <see cref="BoardGate"/> lets it in, and tells the watchers of every
    /// board it entered. Returns the verdict.
    /// </summary>
    public async Task<BoardVerdict> EnterAsync(Take take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(take);
        var chart = take.SongId is null ? null : _songs.Find(take.SongId)?.Chart;
        var verdict = BoardGate.Judge(take, chart);
        if (verdict == BoardVerdict.Enters && !await ReproducesAsync(take, chart!, cancellationToken))
            verdict = BoardVerdict.ScoreNotReproduced;
        if (verdict != BoardVerdict.Enters)
        {
            LogRefused(take.Id, take.SingerId, verdict);
            return verdict;
        }

        var week = BoardWeeks.WeekOf(take.EndedAt, Zone);
        var entry = new BoardEntry(take.SingerId, take.Id, take.TotalScore!.Value, take.EndedAt);
        foreach (var board in new[] { BoardId.Song(take.SongId!), BoardId.SongWeek(take.SongId!, week), BoardId.GlobalWeek(week) })
        {
            // The take is already in the database, so a board rebuilt here holds it and the offer changes nothing.
            var rebuilt = await EnsureBuiltAsync(board, cancellationToken);
            if (await _store.OfferAsync(board, entry, cancellationToken) || rebuilt)
                await _hub.Clients.Group(board.Key).SendAsync(BoardHub.ChangedMethod, board.Key, cancellationToken);
        }

        return verdict;
    }

    /// <summary>
    /// Whether the take's own recording, scored again, gives the stored score: the score a board shows is re-derived
    /// from what was sung, not taken on trust from a row. The scorer is deterministic, so an honest take always agrees.
    /// </summary>
    internal async Task<bool> ReproducesAsync(Take take, Chart chart, CancellationToken cancellationToken)
    {
        var audio = Path.GetFullPath(Path.Combine(_dataPath, take.AudioPath!));
        if (!audio.StartsWith(Path.GetFullPath(_dataPath), StringComparison.Ordinal) || !File.Exists(audio))
            return false;
        var folder = Path.GetDirectoryName(audio)!;
        var record = await TakeFiles.ReadRecordAsync(folder, cancellationToken);
        if (record?.Karaoke is null)
            return false;
        var (_, score) = await Task.Run(() => TakeReporter.Score(folder, record, chart), cancellationToken);
        // The same roundings as the report (to 0.1) and the stored row (to a whole point).
        return (int)Math.Clamp(Math.Round(Math.Round(score.Total, 1)), 0, 10_000) == take.TotalScore;
    }

    /// <summary>The board <paramref name="board"/> as the API shows it to <paramref name="accountId"/> (null when not signed in).</summary>
    public Task<BoardView> ReadAsync(BoardId board, long? accountId, CancellationToken cancellationToken) =>
        ReadAsync(board, accountId, TopCount, cancellationToken);

    /// <summary>The board with its first <paramref name="topCount"/> rows, as the API shows it to <paramref name="accountId"/>.</summary>
    public async Task<BoardView> ReadAsync(BoardId board, long? accountId, int topCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentOutOfRangeException.ThrowIfLessThan(topCount, 1);
        await EnsureBuiltAsync(board, cancellationToken);
        var top = await _store.TopAsync(board, topCount, cancellationToken);
        var count = await _store.CountAsync(board, cancellationToken);
        var names = new Dictionary<long, Singer?>();
        var rows = await RowsAsync(board, top, accountId, names, cancellationToken);

        BoardRow? me = null;
        IReadOnlyList<BoardRow> around = [];
        if (accountId is { } id && await _store.RankOfAsync(board, id, cancellationToken) is { } mine)
        {
            // The store ranks from the top only, so the rows below the caller's come from a longer top list.
            var reach = await _store.TopAsync(board, mine.Rank + Neighbours, cancellationToken);
            around = await RowsAsync(board, [.. reach.Where(r => r.Rank >= mine.Rank - Neighbours)], accountId, names, cancellationToken);
            me = around.FirstOrDefault(r => r.IsMe);
        }

        (DateTimeOffset From, DateTimeOffset To)? span = board.Week is { } monday ? BoardWeeks.Span(monday, Zone) : null;
        return new BoardView(
            board.Key,
            KindName(board.Kind),
            board.SongId,
            board.Week?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            span?.From,
            span?.To,
            count,
            rows,
            me,
            around);
    }

    /// <summary>
    /// The board's first entry (its best score, the earlier take of equal ones), or null when nobody is on it; an empty
    /// board is rebuilt from the database first, so a store that lost its data still gives the right leader.
    /// </summary>
    public async Task<BoardEntry?> LeaderAsync(BoardId board, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(board);
        await EnsureBuiltAsync(board, cancellationToken);
        var top = await _store.TopAsync(board, 1, cancellationToken);
        return top.Count == 0 ? null : top[0].Entry;
    }

    /// <summary>
    /// Replaces <paramref name="board"/> with what the database holds: each singer's best take that passes
    /// <see cref="BoardGate"/>. Returns how many singers it holds.
    /// </summary>
    public async Task<int> RebuildAsync(BoardId board, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(board);
        var entries = await FromDatabaseAsync(board, cancellationToken);
        await _store.ReplaceAsync(board, entries, cancellationToken);
        LogRebuilt(board.Key, entries.Count);
        return entries.Count;
    }

    /// <summary>The board named by API arguments, or null when they do not name one.</summary>
    /// <param name="kind"><c>song</c>, <c>songWeek</c> or <c>week</c>.</param>
    /// <param name="songId">The song, for the song boards.</param>
    /// <param name="week">Any day of the wanted week as yyyy-MM-dd; null or empty for this week.</param>
    public BoardId? Parse(string? kind, string? songId, string? week)
    {
        DateOnly monday;
        if (string.IsNullOrWhiteSpace(week))
            monday = BoardWeeks.WeekOf(_clock.GetUtcNow(), Zone);
        else if (MondayOf(week) is { } day)
            monday = day;
        else
            return null;

        var song = string.IsNullOrWhiteSpace(songId) ? null : songId;
        return kind switch
        {
            "song" when song is not null => BoardId.Song(song),
            "songWeek" when song is not null => BoardId.SongWeek(song, monday),
            "week" => BoardId.GlobalWeek(monday),
            _ => null,
        };
    }

    /// <summary>The Monday of the week holding the day <paramref name="day"/> (yyyy-MM-dd), or null when it is not a date.</summary>
    public static DateOnly? MondayOf(string? day) =>
        DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.AddDays(-(((int)date.DayOfWeek + 6) % 7))
            : null;

    private static string KindName(BoardKind kind) => kind switch
    {
        BoardKind.SongAllTime => "song",
        BoardKind.SongWeekly => "songWeek",
        _ => "week",
    };

    // True when the board was empty and the database filled it.
    private async Task<bool> EnsureBuiltAsync(BoardId board, CancellationToken cancellationToken)
    {
        if (await _store.CountAsync(board, cancellationToken) > 0)
            return false;
        return await RebuildAsync(board, cancellationToken) > 0;
    }

    private async Task<List<BoardEntry>> FromDatabaseAsync(BoardId board, CancellationToken cancellationToken)
    {
        var (from, to) = board.Week is { } monday ? BoardWeeks.Span(monday, Zone) : (AllTimeFrom, AllTimeTo);
        var best = await _takes.LeaderboardAsync(board.SongId, from, to, RebuildLimit, cancellationToken);
        var entries = new List<BoardEntry>(best.Count);
        foreach (var line in best)
        {
            // The database ranks every complete, scored take; the boards take only those the gate lets in.
            if (await _takes.GetAsync(line.TakeId, cancellationToken) is { } take
                && BoardGate.Judge(take, take.SongId is null ? null : _songs.Find(take.SongId)?.Chart) == BoardVerdict.Enters)
            {
                entries.Add(new BoardEntry(take.SingerId, take.Id, take.TotalScore!.Value, take.EndedAt));
            }
        }

        return entries;
    }

    private async Task<List<BoardRow>> RowsAsync(BoardId board, IReadOnlyList<RankedEntry> ranked, long? accountId, Dictionary<long, Singer?> singers, CancellationToken cancellationToken)
    {
        var rows = new List<BoardRow>(ranked.Count);
        foreach (var (rank, entry) in ranked)
        {
            if (!singers.TryGetValue(entry.SingerId, out var singer))
                singers[entry.SingerId] = singer = await _singers.GetAsync(entry.SingerId, cancellationToken);
            // Only the global board mixes songs; its entries keep the take, whose row names the song.
            var songId = board.SongId ?? (await _takes.GetAsync(entry.TakeId, cancellationToken))?.SongId;
            rows.Add(new BoardRow(
                rank,
                singer?.DisplayName ?? "",
                singer?.Level ?? 1,
                entry.Score,
                songId,
                songId is null ? null : _songs.Find(songId)?.Summary.Title,
                entry.EndedAt,
                entry.SingerId == accountId));
        }

        return rows;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Take {TakeId} of account {AccountId} stays off the boards: {Verdict}")]
    private partial void LogRefused(string takeId, long accountId, BoardVerdict verdict);

    [LoggerMessage(Level = LogLevel.Information, Message = "Board {BoardKey} rebuilt from the database with {Count} singers")]
    private partial void LogRebuilt(string boardKey, int count);
}
