using System.Text.RegularExpressions;
using SingKing.Storage;
using YamlDotNet.RepresentationModel;

namespace SingKing.Host.Tests.Operations;

/// <summary>
/// docker-compose.yml configures the hosts only through environment variables, so a misspelt one is silently ignored
/// by the host. These read the file and the host's sources to catch that without a Docker engine.
/// </summary>
public sealed class ComposeFileTests
{
    // Read by ASP.NET Core, the .NET host, the logging configuration or OpenTelemetry, not by SingKing's code.
    private static readonly string[] PlatformPrefixes = ["ASPNETCORE_", "DOTNET_", "OTEL_", "Logging:"];

    private static readonly string Repository = FindRepository();

    private static readonly Lazy<string[]> Sources = new(() =>
        [.. Directory.EnumerateFiles(Path.Combine(Repository, "src"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText)]);

    [Fact]
    public void Compose_runs_two_hosts_with_the_same_settings_and_one_shared_data_volume()
    {
        var hosts = Hosts();

        Assert.True(hosts.Count >= 2, $"docker-compose.yml has {hosts.Count} SingKing host service(s)");
        var settings = hosts.Select(h => Environment(h.Service)).ToList();
        Assert.All(settings, s => Assert.Equal(settings[0], s));
        var dataPath = settings[0]["SingKing__DataPath"];
        var mounts = hosts.Select(h => Volumes(h.Service).Single(v => v.EndsWith(":" + dataPath, StringComparison.Ordinal))).ToList();
        Assert.All(mounts, m => Assert.Equal(mounts[0], m));
        Assert.DoesNotContain("/", mounts[0].Split(':')[0]); // a named volume, not a folder of one machine
    }

    [Fact]
    public void Every_environment_variable_the_hosts_get_is_a_setting_the_host_reads()
    {
        var unread = Hosts()
            .SelectMany(h => Environment(h.Service).Keys)
            .Distinct()
            .Select(variable => variable.Replace("__", ":", StringComparison.Ordinal))
            .Where(key => !PlatformPrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal)) && !IsRead(key))
            .ToList();

        Assert.True(unread.Count == 0, $"docker-compose.yml sets settings no source under src/ reads: {string.Join(", ", unread)}");
    }

    [Fact]
    public void The_hosts_storage_provider_is_one_the_host_knows()
    {
        var provider = Environment(Hosts()[0].Service)["Storage__Provider"];

        Assert.Contains(provider, new[] { StorageProviderNames.Sqlite, StorageProviderNames.MySql });
    }

    [Fact]
    public void A_misspelt_setting_would_be_caught()
    {
        // The check above must be able to fail: a key one letter off is not read anywhere.
        Assert.False(IsRead("Storage:ConectionString"));
        Assert.False(IsRead("Leaderboard:Redis"));
        Assert.True(IsRead("Storage:ConnectionString"));
    }

    // "Section:Name" is read when a source names it whole ("Leaderboards:Redis"), or when one source names the
    // section and the name, as a string ("Orleans" and orleans["SiloPort"]) or as a bound options property.
    private static bool IsRead(string key)
    {
        if (Sources.Value.Any(s => s.Contains('"' + key + '"', StringComparison.Ordinal)))
            return true;
        var parts = key.Split(':');
        if (parts.Length != 2)
            return false;
        var (section, name) = (parts[0], parts[1]);
        var property = new Regex(@"public\s+[\w<>?,\s\[\]]+\s" + Regex.Escape(name) + @"\s*\{\s*get;", RegexOptions.CultureInvariant);
        return Sources.Value.Any(s =>
            s.Contains('"' + section + '"', StringComparison.Ordinal)
            && (s.Contains('"' + name + '"', StringComparison.Ordinal) || property.IsMatch(s)));
    }

    private static List<(string Name, YamlMappingNode Service)> Hosts()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Repository, "docker-compose.yml")))
            stream.Load(reader);
        var services = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["services"];
        return [.. services.Children
            .Select(s => (Name: ((YamlScalarNode)s.Key).Value!, Service: Merged((YamlMappingNode)s.Value)))
            .Where(s => s.Service.Children.ContainsKey("build"))];
    }

    // Compose's "<<: *anchor" merge key: the anchored mapping's entries, overridden by the service's own.
    private static YamlMappingNode Merged(YamlMappingNode service)
    {
        var merged = new YamlMappingNode();
        if (service.Children.TryGetValue("<<", out var baseNode))
        {
            foreach (var (key, value) in ((YamlMappingNode)baseNode).Children)
                merged.Children[key] = value;
        }

        foreach (var (key, value) in service.Children.Where(c => ((YamlScalarNode)c.Key).Value != "<<"))
            merged.Children[key] = value;
        return merged;
    }

    private static Dictionary<string, string> Environment(YamlMappingNode service) =>
        ((YamlMappingNode)service["environment"]).Children.ToDictionary(
            e => ((YamlScalarNode)e.Key).Value!,
            e => ((YamlScalarNode)e.Value).Value ?? "");

    private static List<string> Volumes(YamlMappingNode service) =>
        [.. ((YamlSequenceNode)service["volumes"]).Children.Select(v => ((YamlScalarNode)v).Value!)];

    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "docker-compose.yml")))
                return directory.FullName;
        }

        throw new FileNotFoundException($"No docker-compose.yml above {AppContext.BaseDirectory}; it is at the repository's root.");
    }
}
