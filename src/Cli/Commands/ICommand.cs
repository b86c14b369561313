namespace SingKing.Cli.Commands;

/// <summary>One <c>singking</c> sub-command, such as <c>pitch</c>.</summary>
internal interface ICommand
{
    /// <summary>The word that selects the command on the command line.</summary>
    string Name { get; }

    /// <summary>Arguments as shown in usage text, e.g. <c>FILE.wav</c>.</summary>
    string Arguments { get; }

    /// <summary>One line saying what the command does.</summary>
    string Summary { get; }

    /// <summary>Runs the command with the arguments that follow its name.</summary>
    /// <param name="args">Arguments after the command name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where usage errors and one-line failures go, each prefixed with <c>singking: </c>.</param>
    /// <returns>The process exit code (see <see cref="ExitCodes"/>).</returns>
    int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr);
}
