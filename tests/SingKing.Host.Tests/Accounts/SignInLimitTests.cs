using System.Net;
using System.Text.Json;
using static SingKing.Host.Tests.Accounts.SignUpTests;

namespace SingKing.Host.Tests.Accounts;

/// <summary>Sign-in attempts are limited per user name and per address, with a 429 that says how long to wait.</summary>
[Collection(AccountsCollection.Name)]
public sealed class SignInLimitTests(AccountsHostFixture fixture)
{
    [Fact]
    public async Task The_sixth_attempt_for_one_user_name_within_a_minute_is_a_429_with_Retry_After()
    {
        var userName = AccountClient.NewUserName();
        using (var owner = fixture.Host.NewClient())
            await owner.SignUpNewAsync(userName);
        using var guesser = fixture.Host.NewClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await guesser.SignInAsync(userName, "guess number " + attempt);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        // Even the right password: the guesser must not learn it was right.
        using var response = await guesser.SignInAsync(userName);

        await AssertProblemAsync(response, HttpStatusCode.TooManyRequests, "tooManyAttempts");
        var retryAfter = int.Parse(response.Headers.GetValues("Retry-After").Single());
        Assert.InRange(retryAfter, 1, 60);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains($"Wait {retryAfter} seconds", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_limit_on_one_user_name_does_not_lock_out_another()
    {
        var blocked = AccountClient.NewUserName();
        var other = AccountClient.NewUserName();
        using (var owner = fixture.Host.NewClient())
            await owner.SignUpNewAsync(other);
        using var browser = fixture.Host.NewClient();
        for (var attempt = 1; attempt <= 6; attempt++)
            (await browser.SignInAsync(blocked, "guess")).Dispose();

        using var response = await browser.SignInAsync(other);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task One_address_trying_many_user_names_is_limited_too()
    {
        await using var host = new AccountsHost(new Dictionary<string, string?> { ["Accounts:SignInAttemptsPerAddress"] = "3" });
        using var browser = host.NewClient();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var wrong = await browser.SignInAsync(AccountClient.NewUserName(), "guess");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var response = await browser.SignInAsync(AccountClient.NewUserName(), "guess");

        await AssertProblemAsync(response, HttpStatusCode.TooManyRequests, "tooManyAttempts");
    }

    [Fact]
    public async Task Behind_a_proxy_with_forwarded_headers_on_each_singer_is_limited_by_their_own_address()
    {
        // The production profile sets ASPNETCORE_FORWARDEDHEADERS_ENABLED: every request reaches the hosts through
        // nginx, and without it every singer would share the proxy's address and its sign-in limit.
        await using var host = new AccountsHost(new Dictionary<string, string?>
        {
            ["Accounts:SignInAttemptsPerAddress"] = "3",
            ["FORWARDEDHEADERS_ENABLED"] = "true",
        });
        var singer = AccountClient.NewUserName();
        using (var owner = host.NewClient())
            await owner.SignUpNewAsync(singer);
        using var guesser = host.NewClient();
        guesser.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        for (var attempt = 1; attempt <= 3; attempt++)
            (await guesser.SignInAsync(AccountClient.NewUserName(), "guess")).Dispose();
        using (var refused = await guesser.SignInAsync(AccountClient.NewUserName(), "guess"))
            await AssertProblemAsync(refused, HttpStatusCode.TooManyRequests, "tooManyAttempts");
        using var browser = host.NewClient();
        browser.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.20");

        using var response = await browser.SignInAsync(singer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
