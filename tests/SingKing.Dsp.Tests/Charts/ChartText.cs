namespace SingKing.Dsp.Tests.Charts;

/// <summary>Small charts written inline, so each test shows exactly the lines it is about.</summary>
internal static class ChartText
{
    public const string Headers = "#TITLE:Test Song\n#ARTIST:Test Singer\n#BPM:300\n#MP3:song.mp3\n";

    /// <summary>The standard headers followed by <paramref name="body"/> lines; the body starts on line 5.</summary>
    public static string WithBody(params string[] body) => Headers + string.Join('\n', body) + "\n";
}
