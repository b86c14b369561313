namespace SingKing.Browser.Tests;

/// <summary>
/// The browser tests share one host and run one at a time: each launches its own Chromium (a fake microphone is
/// fixed per launch), and two at once would starve the audio threads on a small machine.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SingKingServer>
{
    public const string Name = "Browser";
}
