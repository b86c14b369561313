using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>Signing up, out and in again through the pages, and the sign-in page's refusals in Korean and English.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountTests(SingKingServer server) : BrowserTest
{
    private const string Password = "correct horse";

    [Fact]
    public async Task A_singer_signs_up_signs_out_and_signs_in_again_and_sees_their_name_in_the_header()
    {
        var userName = NewUserName();
        var page = await OpenAsync("en-US", "/signup");

        await ScreenshotAsync(page, "signup-1280x800-en-US.png");
        await page.SignUpAsync(userName, userName + "@example.com", "김민지", Password);
        await page.WaitForSignedInAsync("김민지");
        await ScreenshotAsync(page, "signed-in-header-1280x800-en-US.png");
        await page.HeaderSignOut.ClickAsync();
        await page.WaitForSignedOutAsync();
        await page.OpenAsync(server.BaseAddress, "/signin");
        await page.SignInAsync(userName, Password);

        await page.WaitForSignedInAsync("김민지");
        await Expect(page.HeaderSignIn).ToBeHiddenAsync();
        Assert.Equal("/", new Uri(page.Page.Url).AbsolutePath);
    }

    [Fact]
    public async Task On_a_phone_the_header_keeps_to_two_rows_and_the_name_badge_opens_sign_out()
    {
        var userName = NewUserName();
        var page = await OpenAsync("ko-KR", "/signup", 360, 740);
        var anonymousHeader = await page.Page.Locator(".app-header").BoundingBoxAsync();

        await page.SignUpAsync(userName, userName + "@example.com", "김민지", Password);
        await page.WaitForSignedInAsync("김민지");
        var signedInHeader = await page.Page.Locator(".app-header").BoundingBoxAsync();
        await Expect(page.HeaderSignOut).ToBeHiddenAsync();
        await page.HeaderMe.ClickAsync();
        await ScreenshotAsync(page, "signed-in-header-360x740-ko-KR.png");
        await page.HeaderSignOut.ClickAsync();

        await page.WaitForSignedOutAsync();
        // Logo, badge and language switch on the first row, the pages on the second, as before accounts.
        Assert.True(anonymousHeader!.Height < 130, $"the anonymous header is {anonymousHeader.Height} px high");
        Assert.Equal(anonymousHeader.Height, signedInHeader!.Height);
    }

    [Fact]
    public async Task A_wrong_password_shows_the_Korean_message_on_a_phone()
    {
        var userName = NewUserName();
        await SignUpOverHttpAsync(userName);
        var page = await OpenAsync("ko-KR", "/signin", 390, 844);

        await page.SignInAsync(userName, "not the password");

        await page.WaitForNoticeAsync("아이디(또는 이메일)와 비밀번호가 맞지 않습니다");
        await ScreenshotAsync(page, "signin-wrong-password-390x844-ko-KR.png");
        await Expect(page.HeaderSignIn).ToBeVisibleAsync();
        await Expect(page.HeaderName).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Too_many_attempts_show_how_long_to_wait_in_English_and_in_Korean_after_switching()
    {
        var userName = NewUserName();
        await SignUpOverHttpAsync(userName);
        var page = await OpenAsync("en-US", "/signin");
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await page.SignInAsync(userName, "guess " + attempt);
            await page.WaitForNoticeAsync("do not match");
            // Cleared, so the next wait sees the next answer.
            await page.Page.EvaluateAsync("() => document.querySelector('[data-testid=account-notice]').textContent = ''");
        }

        await page.SignInAsync(userName, Password);

        await page.WaitForNoticeAsync("Too many sign-in attempts. Wait");
        await page.Page.GetByTestId("lang-ko").ClickAsync();
        await page.WaitForNoticeAsync("로그인 시도가 너무 많습니다");
        await Expect(page.HeaderName).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_taken_user_name_is_shown_in_Korean_on_the_sign_up_page()
    {
        var userName = NewUserName();
        await SignUpOverHttpAsync(userName);
        var page = await OpenAsync("ko-KR", "/signup", 390, 844);

        await page.SignUpAsync(userName, "other-" + userName + "@example.com", "민준", Password);

        await page.WaitForNoticeAsync("이미 사용 중인 아이디입니다");
    }

    private async Task<AccountPageModel> OpenAsync(string locale, string path, int width = 1280, int height = 800)
    {
        var context = await NewContextAsync(locale, width, height);
        var page = new AccountPageModel(await context.NewPageAsync());
        await page.OpenAsync(server.BaseAddress, path);
        return page;
    }

    // Kept for looking at the pages by eye; not compared with anything.
    private static async Task ScreenshotAsync(AccountPageModel page, string name)
    {
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, name), FullPage = true });
    }

    private static string NewUserName() => "b" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>Creates an account as another browser would, with the antiforgery token the page would fetch.</summary>
    private async Task SignUpOverHttpAsync(string userName)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var http = new HttpClient(handler) { BaseAddress = server.BaseAddress };
        var token = (await http.GetFromJsonAsync<JsonElement>("/api/account/antiforgery")).GetProperty("token").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/signup")
        {
            Content = JsonContent.Create(new { userName, email = userName + "@example.com", displayName = "Minji", password = Password, preferredLanguage = "ko" }),
        };
        request.Headers.Add("X-CSRF-TOKEN", token);
        using var response = await http.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}
