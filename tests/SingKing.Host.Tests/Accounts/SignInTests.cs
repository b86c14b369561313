using System.Net;
using System.Text.Json;
using System.Net.Http.Json;
using static SingKing.Host.Tests.Accounts.SignUpTests;

namespace SingKing.Host.Tests.Accounts;

/// <summary>Sign-in by user name or e-mail address, sign-out, and wrong passwords.</summary>
[Collection(AccountsCollection.Name)]
public sealed class SignInTests(AccountsHostFixture fixture)
{
    [Fact]
    public async Task A_singer_signs_in_again_by_user_name_in_any_case_after_signing_out()
    {
        var userName = AccountClient.NewUserName();
        using (var first = fixture.Host.NewClient())
            await first.SignUpNewAsync(userName);
        using var browser = fixture.Host.NewClient();

        using var response = await browser.SignInAsync(" " + userName.ToUpperInvariant() + " ");
        var me = await browser.GetJsonAsync("/api/account/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(userName, me.GetProperty("userName").GetString());
    }

    [Fact]
    public async Task A_singer_signs_in_by_email_address()
    {
        var userName = AccountClient.NewUserName();
        using (var first = fixture.Host.NewClient())
            await first.SignUpNewAsync(userName);
        using var browser = fixture.Host.NewClient();

        using var response = await browser.SignInAsync(userName + "@EXAMPLE.com");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(userName, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userName").GetString());
    }

    [Fact]
    public async Task After_signing_out_me_answers_204_no_one_signed_in()
    {
        using var browser = fixture.Host.NewClient();
        await browser.SignUpNewAsync();

        using var signOut = await browser.SignOutAsync();
        using var me = await browser.Http.GetAsync("/api/account/me");

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, me.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_a_401_wrongCredentials_and_does_not_sign_in()
    {
        var userName = AccountClient.NewUserName();
        using (var first = fixture.Host.NewClient())
            await first.SignUpNewAsync(userName);
        using var browser = fixture.Host.NewClient();

        using var response = await browser.SignInAsync(userName, "wrong password");
        using var me = await browser.Http.GetAsync("/api/account/me");

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "wrongCredentials");
        Assert.Equal(HttpStatusCode.NoContent, me.StatusCode);
    }

    [Fact]
    public async Task An_unknown_user_name_gets_the_same_answer_as_a_wrong_password()
    {
        using var browser = fixture.Host.NewClient();

        using var response = await browser.SignInAsync(AccountClient.NewUserName(), "whatever it is");

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "wrongCredentials");
    }

    [Fact]
    public async Task Sign_out_without_the_antiforgery_token_is_refused_and_the_singer_stays_signed_in()
    {
        using var browser = fixture.Host.NewClient();
        await browser.SignUpNewAsync();

        using var response = await browser.SendAsync(HttpMethod.Post, "/api/account/signout", withToken: false);
        using var me = await browser.Http.GetAsync("/api/account/me");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "antiforgery");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task A_token_issued_before_signing_in_is_refused_after_it()
    {
        using var browser = fixture.Host.NewClient();
        var stale = await browser.AntiforgeryTokenAsync();
        await browser.SignUpNewAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/signout");
        request.Headers.Add("X-CSRF-TOKEN", stale);

        using var response = await browser.Http.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "antiforgery");
    }
}
