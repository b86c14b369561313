namespace SingKing.Storage.Tests.Support;

/// <summary>Finds the MariaDB server binaries the machine has installed, and says when their tests must be skipped.</summary>
internal static class MariaDbBinaries
{
    private static readonly string[] SearchFolders = ["/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin", "/usr/local/mysql/bin"];

    /// <summary>The server, or null.</summary>
    public static string? Server { get; } = Find("mariadbd");

    /// <summary>Creates a data folder, or null.</summary>
    public static string? InstallDb { get; } = Find("mariadb-install-db");

    /// <summary>The admin client (ping, shutdown), or null.</summary>
    public static string? Admin { get; } = Find("mariadb-admin");

    /// <summary>The command-line client, or null.</summary>
    public static string? Client { get; } = Find("mariadb");

    /// <summary>Whether every binary the fixture runs is there.</summary>
    public static bool Available => Server is not null && InstallDb is not null && Admin is not null && Client is not null;

    /// <summary>In CI the MariaDB tests must run: a missing binary is a failure there, not a skip.</summary>
    public static bool Required => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Why the MariaDB tests are skipped on this machine, or null when they run.</summary>
    public static string? SkipReason => Available || Required
        ? null
        : "MariaDB is not installed (no mariadbd, mariadb-install-db, mariadb-admin or mariadb on PATH or in /usr/sbin): " +
          "install it with `sudo apt-get install mariadb-server` to run these tests. In CI (CI set) they run and fail instead.";

    /// <summary>What to tell CI when a binary is missing.</summary>
    public static string MissingMessage =>
        "CI is set, so the MariaDB tests must run, but mariadbd, mariadb-install-db, mariadb-admin or mariadb is missing: " +
        ".ci/run installs mariadb-server; install it with `apt-get install mariadb-server`.";

    /// <summary>Set to a folder to take the binaries from there only (e.g. a MariaDB unpacked elsewhere).</summary>
    public const string FolderVariable = "SINGKING_MARIADB_BINARIES";

    private static string? Find(string name)
    {
        var only = Environment.GetEnvironmentVariable(FolderVariable);
        var folders = string.IsNullOrEmpty(only)
            ? (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Concat(SearchFolders)
            : [only];
        return folders
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
    }
}
