namespace SingKing.Host.Boards;

/// <summary>A board as <c>GET /api/boards</c> answers it.</summary>
/// <param name="Key">The board's key, which the hub's <c>boardChanged</c> names.</param>
/// <param name="Kind"><c>song</c>, <c>songWeek</c> or <c>week</c>.</param>
/// <param name="SongId">The song, or null for the global board.</param>
/// <param name="Week">The Monday starting the week (yyyy-MM-dd, in the boards' time zone), or null for the all-time board.</param>
/// <param name="From">When the week starts (an instant), or null.</param>
/// <param name="To">When the week ends, exclusive, or null.</param>
/// <param name="Count">How many singers are on the board.</param>
/// <param name="Top">The first 50.</param>
/// <param name="Me">The signed-in caller's row, or null.</param>
/// <param name="Around">The caller's row with up to two rows above and two below, or empty.</param>
public sealed record BoardView(
    string Key,
    string Kind,
    string? SongId,
    string? Week,
    DateTimeOffset? From,
    DateTimeOffset? To,
    long Count,
    IReadOnlyList<BoardRow> Top,
    BoardRow? Me,
    IReadOnlyList<BoardRow> Around);
