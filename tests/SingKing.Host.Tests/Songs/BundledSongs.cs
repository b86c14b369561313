namespace SingKing.Host.Tests.Songs;

/// <summary>The repository's bundled song folders, found from the test binaries.</summary>
internal static class BundledSongs
{
    public static readonly string[] Ids = ["amazing-grace", "arirang", "doraji-taryeong", "jingle-bells", "ode-to-joy", "twinkle-twinkle"];

    public static string Folder { get; } = Find();

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var id in Ids)
            data.Add(id);
        return data;
    }

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SingKing.sln")))
                return Path.Combine(directory.FullName, "songs");
        }

        throw new DirectoryNotFoundException($"No SingKing.sln above {AppContext.BaseDirectory}; the bundled songs are in the repository's songs/ folder.");
    }
}
