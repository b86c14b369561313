using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>The sign-in and sign-up pages and the header's account corner, as the tests see them.</summary>
public sealed class AccountPageModel(IPage page) : PageModel(page)
{
    public ILocator HeaderName => Page.GetByTestId("account-name");

    public ILocator HeaderSignIn => Page.GetByTestId("account-signin");

    public ILocator HeaderSignOut => Page.GetByTestId("account-signout");

    /// <summary>The signed-in singer's name, or on a phone their badge, which opens Sign out.</summary>
    public ILocator HeaderMe => Page.GetByTestId("account-me");

    public ILocator Notice => Page.GetByTestId("account-notice");

    /// <summary>Opens <c>/signin</c> or <c>/signup</c> and waits until its script has labelled the submit button.</summary>
    public async Task OpenAsync(Uri baseAddress, string path)
    {
        await Page.GotoAsync(new Uri(baseAddress, path).ToString());
        await WaitAsync(
            () => Expect(Page.Locator("button[type=submit]")).Not.ToBeEmptyAsync(new() { Timeout = 10_000 }),
            $"the script of {path} to label its submit button");
    }

    public async Task SignUpAsync(string userName, string email, string displayName, string password)
    {
        await Page.GetByTestId("signup-username").FillAsync(userName);
        await Page.GetByTestId("signup-email").FillAsync(email);
        await Page.GetByTestId("signup-displayname").FillAsync(displayName);
        await Page.GetByTestId("signup-password").FillAsync(password);
        await Page.GetByTestId("signup-submit").ClickAsync();
    }

    public async Task SignInAsync(string login, string password)
    {
        await Page.GetByTestId("signin-login").FillAsync(login);
        await Page.GetByTestId("signin-password").FillAsync(password);
        await Page.GetByTestId("signin-submit").ClickAsync();
    }

    /// <summary>Waits until the header names the signed-in singer.</summary>
    public Task WaitForSignedInAsync(string displayName) =>
        WaitAsync(() => Expect(HeaderName).ToHaveTextAsync(displayName, new() { Timeout = 15_000 }), $"the header to name {displayName}");

    /// <summary>Waits until the header offers to sign in.</summary>
    public Task WaitForSignedOutAsync() =>
        WaitAsync(() => Expect(HeaderSignIn).ToBeVisibleAsync(new() { Timeout = 15_000 }), "the header to offer signing in");

    /// <summary>Waits until the form shows a message containing <paramref name="text"/>.</summary>
    public Task WaitForNoticeAsync(string text) =>
        WaitAsync(() => Expect(Notice).ToContainTextAsync(text, new() { Timeout = 15_000 }), $"the message \"{text}\"");

    protected override async Task<string> DescribeAsync() =>
        $"path {new Uri(Page.Url).AbsolutePath}, header name \"{await TextOf(HeaderName)}\" (visible: {await HeaderName.IsVisibleAsync()}), " +
        $"notice \"{await TextOf(Notice)}\".";
}
