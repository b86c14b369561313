using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SingKing.Host.Tests.Accounts;

/// <summary>Sign-up: a new singer is signed in at level 1; taken names, weak passwords and forged requests are refused with a code the page translates.</summary>
[Collection(AccountsCollection.Name)]
public sealed class SignUpTests(AccountsHostFixture fixture)
{
    [Fact]
    public async Task Sign_up_signs_the_singer_in_and_me_shows_their_profile_at_level_1()
    {
        using var browser = fixture.Host.NewClient();
        var userName = AccountClient.NewUserName();

        using var response = await browser.SignUpAsync(userName, displayName: "김민지", language: "ko");
        var me = await browser.GetJsonAsync("/api/account/me");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(userName, me.GetProperty("userName").GetString());
        Assert.Equal("김민지", me.GetProperty("displayName").GetString());
        Assert.Equal("ko", me.GetProperty("preferredLanguage").GetString());
        Assert.Equal(1, me.GetProperty("level").GetInt32());
        Assert.Equal(0, me.GetProperty("experiencePoints").GetInt64());
        Assert.Equal(100, me.GetProperty("nextLevelAt").GetInt64());
    }

    [Fact]
    public async Task The_password_is_stored_only_as_a_hash()
    {
        using var browser = fixture.Host.NewClient();
        var userName = AccountClient.NewUserName();
        await browser.SignUpNewAsync(userName);

        var singer = await fixture.Host.Factory.Services.GetSingerStore().FindByUserNameAsync(userName, CancellationToken.None);

        Assert.NotNull(singer);
        Assert.DoesNotContain("correct horse", singer.PasswordHash);
        Assert.True(singer.PasswordHash.Length > 40);
    }

    [Fact]
    public async Task A_user_name_taken_in_another_case_is_a_409_userNameTaken()
    {
        using var first = fixture.Host.NewClient();
        using var second = fixture.Host.NewClient();
        var userName = AccountClient.NewUserName();
        await first.SignUpNewAsync(userName);

        using var response = await second.SignUpAsync(userName.ToUpperInvariant(), email: "other-" + userName + "@example.com");

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "userNameTaken");
    }

    [Fact]
    public async Task An_email_address_with_an_account_is_a_409_emailTaken()
    {
        using var first = fixture.Host.NewClient();
        using var second = fixture.Host.NewClient();
        var userName = AccountClient.NewUserName();
        await first.SignUpNewAsync(userName);

        using var response = await second.SignUpAsync(AccountClient.NewUserName(), email: userName + "@example.com");

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "emailTaken");
    }

    [Fact]
    public async Task A_password_of_7_characters_is_a_400_weakPassword_and_no_account_is_made()
    {
        using var browser = fixture.Host.NewClient();
        var userName = AccountClient.NewUserName();

        using var response = await browser.SignUpAsync(userName, password: "1234567");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "weakPassword");
        Assert.Null(await fixture.Host.Factory.Services.GetSingerStore().FindByUserNameAsync(userName, CancellationToken.None));
    }

    [Theory]
    [InlineData("ab", "invalidUserName")]
    [InlineData("with space", "invalidUserName")]
    [InlineData("at@sign", "invalidUserName")]
    public async Task A_user_name_that_is_too_short_or_holds_spaces_or_at_signs_is_a_400(string userName, string code)
    {
        using var browser = fixture.Host.NewClient();

        using var response = await browser.SignUpAsync(userName, email: Guid.NewGuid().ToString("N") + "@example.com");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task A_Korean_user_name_is_accepted()
    {
        using var browser = fixture.Host.NewClient();
        var userName = "민지" + Guid.NewGuid().ToString("N")[..6];

        using var response = await browser.SignUpAsync(userName, email: Guid.NewGuid().ToString("N") + "@example.com");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task An_email_address_without_a_domain_is_a_400_invalidEmail()
    {
        using var browser = fixture.Host.NewClient();

        using var response = await browser.SignUpAsync(AccountClient.NewUserName(), email: "minji@localhost");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "invalidEmail");
    }

    [Fact]
    public async Task Sign_up_without_the_antiforgery_token_is_refused_and_no_account_is_made()
    {
        using var browser = fixture.Host.NewClient();
        var userName = AccountClient.NewUserName();

        using var response = await browser.SignUpAsync(userName, withToken: false);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "antiforgery");
        Assert.Null(await fixture.Host.Factory.Services.GetSingerStore().FindByUserNameAsync(userName, CancellationToken.None));
    }

    [Fact]
    public async Task The_sign_in_cookie_is_HttpOnly_and_SameSite_Lax()
    {
        using var browser = fixture.Host.NewClient();
        var token = await browser.AntiforgeryTokenAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/signup")
        {
            Content = JsonContent.Create(new { userName = AccountClient.NewUserName(), email = Guid.NewGuid().ToString("N") + "@example.com", displayName = "Minji", password = "correct horse", preferredLanguage = "en" }),
        };
        request.Headers.Add("X-CSRF-TOKEN", token);

        using var response = await browser.Http.SendAsync(request);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("singking-account=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }
}
