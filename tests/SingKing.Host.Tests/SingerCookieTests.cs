using System.Net.Http.Headers;
using SingKing.Host.Singers;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class SingerCookieTests(HostFixture host)
{
    [Fact]
    public async Task A_page_request_without_the_cookie_gets_a_random_singer_id()
    {
        using var client = host.Factory.CreateClient(new() { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await client.SendAsync(request);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Matches($"^{SingerCookie.Name}=[0-9a-f]{{32}};", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_negotiate_request_without_the_cookie_gets_a_singer_id()
    {
        using var client = host.Factory.CreateClient(new() { HandleCookies = false });

        using var response = await client.PostAsync("/hubs/singing/negotiate?negotiateVersion=1", null);

        Assert.True(response.IsSuccessStatusCode, $"negotiate answered {(int)response.StatusCode}");
        Assert.StartsWith($"{SingerCookie.Name}=", Assert.Single(response.Headers.GetValues("Set-Cookie")));
    }

    [Fact]
    public async Task A_request_with_a_valid_cookie_keeps_its_singer_id()
    {
        using var client = host.Factory.CreateClient(new() { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hubs/singing/negotiate?negotiateVersion=1");
        request.Headers.Add("Cookie", $"{SingerCookie.Name}=0123456789abcdef0123456789abcdef");

        using var response = await client.SendAsync(request);

        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_cookie_that_could_escape_the_data_folder_is_replaced()
    {
        using var client = host.Factory.CreateClient(new() { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hubs/singing/negotiate?negotiateVersion=1");
        request.Headers.Add("Cookie", $"{SingerCookie.Name}=..%2F..%2Fetc");

        using var response = await client.SendAsync(request);

        Assert.Matches($"^{SingerCookie.Name}=[0-9a-f]{{32}};", Assert.Single(response.Headers.GetValues("Set-Cookie")));
    }
}
