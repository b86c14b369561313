using System.Text;
using SingKing.Cli;

// Block-buffered stdout: the pitch command writes one short line per 10 ms of audio, and the default
// console writer flushes on every write.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
int exitCode = CommandDispatcher.CreateDefault().Run(args, stdout, Console.Error);
stdout.Flush();
return exitCode;
