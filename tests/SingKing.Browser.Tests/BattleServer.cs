using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SingKing.Storage;
using SingKing.Storage.Battles;
using SingKing.Storage.Leaderboards;
using SingKing.Storage.Singers;

namespace SingKing.Browser.Tests;

/// <summary>
/// A host whose configuration names an admin, with last week's battle already closed in its database (one winner,
/// two battles nobody entered), as the page finds it after a week's end.
/// </summary>
public sealed class BattleServer : IAsyncLifetime
{
    public const string AdminUserName = "battleadmin";

    public const string AdminPassword = "correct horse";

    public const string LastWeeksWinner = "지난주챔피언";

    public SingKingServer Server { get; } = new(new Dictionary<string, string> { ["Accounts:Admins:0"] = AdminUserName });

    /// <summary>The admin's cookies, signed in.</summary>
    public CookieContainer AdminCookies { get; } = new();

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        await SignUpAdminAsync();

        var database = new StorageDatabase(
            StorageProviderNames.Sqlite,
            new SqliteConnectionStringBuilder { DataSource = Path.Combine(Server.DataPath, StorageExtensions.DefaultSqliteFile) }.ToString());
        var lastWeek = BoardWeeks.WeekOf(DateTimeOffset.UtcNow, BoardWeeks.Seoul).AddDays(-7);
        var (from, to) = BoardWeeks.Span(lastWeek, BoardWeeks.Seoul);
        var winner = await new SqlSingerStore(database).CreateAsync(
            new NewSinger("champion" + Guid.NewGuid().ToString("N")[..6], $"{Guid.NewGuid():N}@example.com", LastWeeksWinner, "AQAAAAIAAYagAAAAEH4sh", "ko", from),
            CancellationToken.None);
        var battles = new SqlBattleStore(database);
        await battles.SetSongsAsync(lastWeek, ["jingle-bells", "amazing-grace", "doraji-taryeong"], null, from, CancellationToken.None);
        await battles.FixResultAsync(new BattleResult(lastWeek, "jingle-bells", winner.Id, LastWeeksWinner, 9321, from.AddDays(2), to.AddMinutes(2)), CancellationToken.None);
        await battles.FixResultAsync(BattleResult.NoEntries(lastWeek, "amazing-grace", to.AddMinutes(2)), CancellationToken.None);
        await battles.FixResultAsync(BattleResult.NoEntries(lastWeek, "doraji-taryeong", to.AddMinutes(2)), CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return Server.DisposeAsync();
    }

    private async Task SignUpAdminAsync()
    {
        using var handler = new HttpClientHandler { CookieContainer = AdminCookies };
        using var http = new HttpClient(handler) { BaseAddress = Server.BaseAddress };
        var token = (await http.GetFromJsonAsync<JsonElement>("/api/account/antiforgery")).GetProperty("token").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/signup")
        {
            Content = JsonContent.Create(new { userName = AdminUserName, email = "admin@example.com", displayName = "운영자", password = AdminPassword, preferredLanguage = "ko" }),
        };
        request.Headers.Add("X-CSRF-TOKEN", token);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"The admin could not sign up: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
