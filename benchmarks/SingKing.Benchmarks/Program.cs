using BenchmarkDotNet.Running;

// Speed benchmarks: dotnet run -c Release --project benchmarks/SingKing.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
