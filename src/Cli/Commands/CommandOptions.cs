namespace SingKing.Cli.Commands;

/// <summary>Splits a command's arguments into one positional argument and <c>--name value</c> options.</summary>
internal static class CommandOptions
{
    public static bool TryParse(IReadOnlyList<string> args, IReadOnlyCollection<string> known,
        out string? positional, out Dictionary<string, string> options, out string? error)
    {
        positional = null;
        options = new Dictionary<string, string>(StringComparer.Ordinal);
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (!known.Contains(arg))
                {
                    error = $"unknown option '{arg}'.";
                    return false;
                }

                if (i + 1 >= args.Count)
                {
                    error = $"{arg} needs a value.";
                    return false;
                }

                options[arg] = args[++i];
            }
            else if (positional is null)
            {
                positional = arg;
            }
            else
            {
                error = $"unexpected argument '{arg}'.";
                return false;
            }
        }

        return true;
    }
}
