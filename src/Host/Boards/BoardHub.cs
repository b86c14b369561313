using Microsoft.AspNetCore.SignalR;

namespace SingKing.Host.Boards;

/// <summary>
/// Live boards: a page watching a board joins the board's group and is told <c>boardChanged</c> with the board's key
/// whenever a take enters it, then reads the board again over HTTP. The message carries no singer or take, so a push
/// reveals nothing the board API does not.
/// </summary>
public sealed class BoardHub(Leaderboard leaderboard) : Hub
{
    /// <summary>Name of the client method told about a change.</summary>
    public const string ChangedMethod = "boardChanged";

    /// <summary>Starts telling this connection about changes to one board; returns the board's key.</summary>
    /// <param name="kind"><c>song</c>, <c>songWeek</c> or <c>week</c>.</param>
    /// <param name="songId">The song, for the song boards.</param>
    /// <param name="week">Any day of the week (yyyy-MM-dd) for the weekly boards; null for this week.</param>
    public async Task<string> Watch(string kind, string? songId, string? week)
    {
        var board = leaderboard.Parse(kind, songId, week) ?? throw new HubException("Name a board: kind song, songWeek or week, with a songId for the song boards and a week as yyyy-MM-dd.");
        await Groups.AddToGroupAsync(Context.ConnectionId, board.Key, Context.ConnectionAborted);
        return board.Key;
    }

    /// <summary>Stops telling this connection about the board with <paramref name="key"/>.</summary>
    public Task Unwatch(string key) => Groups.RemoveFromGroupAsync(Context.ConnectionId, key, Context.ConnectionAborted);
}
