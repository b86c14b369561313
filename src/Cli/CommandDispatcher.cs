using SingKing.Cli.Commands;

namespace SingKing.Cli;

/// <summary>
/// Picks the sub-command named by the first argument and hands it the rest. New commands join by being
/// listed in <see cref="CreateDefault"/>; usage text is built from the list.
/// </summary>
internal sealed class CommandDispatcher
{
    private readonly IReadOnlyList<ICommand> _commands;

    public CommandDispatcher(IReadOnlyList<ICommand> commands)
    {
        _commands = commands;
    }

    /// <summary>The dispatcher with every command <c>singking</c> ships.</summary>
    public static CommandDispatcher CreateDefault() => new([new PitchCommand(), new RangeCommand(), new ScoreCommand(), new TimbreCommand(), new MakeTimbreCorpusCommand(), new TrainTimbreCommand(), new LoadCommand()]);

    /// <summary>Runs <c>singking</c> with <paramref name="args"/>; returns the exit code.</summary>
    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            WriteUsage(stderr);
            return ExitCodes.UsageOrInput;
        }

        string name = args[0];
        if (name is "--help" or "-h" or "help")
        {
            WriteUsage(stdout);
            return ExitCodes.Success;
        }

        ICommand? command = _commands.FirstOrDefault(c => c.Name == name);
        if (command is null)
        {
            stderr.WriteLine($"singking: unknown command '{name}'.");
            WriteUsage(stderr);
            return ExitCodes.UsageOrInput;
        }

        return command.Run(args[1..], stdout, stderr);
    }

    private void WriteUsage(TextWriter writer)
    {
        writer.WriteLine("Usage: singking <command> [arguments]");
        writer.WriteLine();
        writer.WriteLine("Commands:");
        int width = _commands.Max(c => c.Name.Length + 1 + c.Arguments.Length);
        foreach (ICommand command in _commands)
            writer.WriteLine($"  {(command.Name + " " + command.Arguments).PadRight(width)}  {command.Summary}");
        writer.WriteLine();
        writer.WriteLine("Run 'singking <command> --help' for more about a command.");
    }
}
