using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SingKing.Grains.Battles;
using SingKing.Host.Accounts;
using SingKing.Host.Boards;
using SingKing.Host.Songs;
using SingKing.Host.Tests.Accounts;
using SingKing.Host.Tests.Support;
using SingKing.Storage.Battles;
using SingKing.Storage.Singers;
using SingKing.Storage.Songs;
using SingKing.Storage.Takes;

namespace SingKing.Host.Tests.Battles;

/// <summary>
/// A host whose clock is a <see cref="FakeTimeProvider"/>, with admins named in its configuration, and optionally a
/// SQLite file outside its data folder so a second host can start over the same database.
/// </summary>
public sealed class BattleHost : IAsyncDisposable
{
    /// <summary>The admin every battle host names.</summary>
    public const string AdminUserName = "battle-admin";

    /// <summary>Three songs of the bundled library.</summary>
    public static readonly string[] BattleSongs = ["twinkle-twinkle", "arirang", "ode-to-joy"];

    private readonly SingKingHostFactory _root = new();

    public BattleHost(FakeTimeProvider clock, string? connectionString = null, IReadOnlyList<string>? admins = null)
    {
        Clock = clock;
        admins ??= [AdminUserName];
        Factory = _root.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Accounts:SignInAttemptsPerAddress", "10000");
            // The fake clock stands still, so the sign-in limits' window never passes; the admin signs in in every test.
            builder.UseSetting("Accounts:SignInAttemptsPerUserName", "10000");
            for (var i = 0; i < admins.Count; i++)
                builder.UseSetting($"Accounts:Admins:{i}", admins[i]);
            if (connectionString is not null)
                builder.UseSetting("Storage:ConnectionString", connectionString);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
        });
    }

    public FakeTimeProvider Clock { get; }

    public WebApplicationFactory<Program> Factory { get; }

    public IServiceProvider Services => Factory.Services;

    public IBattleStore Battles => Services.GetRequiredService<IBattleStore>();

    public IBattleGrain Grain => Services.GetRequiredService<IGrainFactory>().GetGrain<IBattleGrain>(IBattleGrain.Key);

    public Leaderboard Boards => Services.GetRequiredService<Leaderboard>();

    /// <summary>
    /// A fake clock a little after the week began (Tuesday 12:00 in Seoul) of the week two weeks before
    /// <paramref name="now"/>, so tests know where the deadline is.
    /// </summary>
    /// <remarks>
    /// Two weeks back, so the clock stays behind the real one however far a test advances it past a deadline: the
    /// silo shares the host's <see cref="TimeProvider"/>, and Orleans' membership declares a silo whose generation
    /// (taken from the real clock) is older than the membership clock's "now" dead, which ends the test process.
    /// </remarks>
    public static FakeTimeProvider ClockInWeekOf(DateTimeOffset now)
    {
        var monday = SingKing.Storage.Leaderboards.BoardWeeks.WeekOf(now.AddDays(-14), SingKing.Storage.Leaderboards.BoardWeeks.Seoul);
        var (from, _) = SingKing.Storage.Leaderboards.BoardWeeks.Span(monday, SingKing.Storage.Leaderboards.BoardWeeks.Seoul);
        return new FakeTimeProvider(from.AddHours(36));
    }

    /// <summary>An admin's browser, signed in.</summary>
    public async Task<AccountClient> AdminAsync()
    {
        var browser = new AccountClient(Factory);
        if (await Services.GetSingerStore().FindByUserNameAsync(AdminUserName, CancellationToken.None) is null)
            await browser.SignUpNewAsync(AdminUserName, "운영자");
        else
            Assert.True((await browser.SignInAsync(AdminUserName)).IsSuccessStatusCode);
        return browser;
    }

    /// <summary>A singer account made straight in the database.</summary>
    public Task<Singer> SingerAsync(string displayName)
    {
        var userName = AccountClient.NewUserName();
        return Services.GetSingerStore().CreateAsync(
            new NewSinger(userName, userName + "@example.com", displayName, "AQAAAAIAAYagAAAAEH4sh", "ko", Clock.GetUtcNow()),
            CancellationToken.None);
    }

    /// <summary>
    /// Saves a finished take of <paramref name="songId"/> straight to the database, as the take archive would after a
    /// real take: long enough, with audio and a report that gives its score. It enters no board now; the boards find it
    /// when they are rebuilt from the database.
    /// </summary>
    public async Task<Take> SaveTakeAsync(Singer singer, string songId, int score, DateTimeOffset endedAt)
    {
        var chart = Services.GetRequiredService<SongLibrary>().Find(songId)!.Chart;
        var seconds = BoardGate.SungPartSeconds(chart) + 1;
        var take = new Take
        {
            Id = "battle-" + Guid.NewGuid().ToString("N"),
            SingerId = singer.Id,
            SongId = songId,
            Difficulty = "medium",
            StartedAt = endedAt.AddSeconds(-seconds),
            EndedAt = endedAt,
            DurationSeconds = seconds,
            Status = TakeOutcome.Complete,
            TotalScore = score,
            PitchAccuracy = score / 10000.0,
            RhythmAccuracy = 0.9,
            LyricsAccuracy = 0.9,
            ReportJson = $$"""{"total":{{score}}}""",
            AudioPath = $"takes/account-{singer.Id}/x/audio.wav",
        };
        // Through the archive's store, which adds the song to the database's catalogue first as a real save does.
        var takes = new SongCataloguingTakeStore(
            Services.GetTakeStore(), Services.GetRequiredService<ISongCatalogStore>(), Services.GetRequiredService<SongLibrary>(), Clock);
        await takes.SaveAsync(take, CancellationToken.None);
        return take;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _root.DisposeAsync();
    }
}
