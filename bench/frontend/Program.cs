using System.Globalization;
using BenchmarkDotNet.Running;
using Mesh.Bench.Frontend;

// generate LINES DIR: write the generated program to DIR/main.mpl (for `meshc build DIR --timings`).
if (args.Length == 3 && args[0] == "generate")
{
    var lines = int.Parse(args[1], CultureInfo.InvariantCulture);
    Directory.CreateDirectory(args[2]);
    var text = ProgramGenerator.Generate(lines);
    File.WriteAllText(Path.Combine(args[2], "main.mpl"), text);
    Console.WriteLine($"{text.Count(c => c == '\n')} lines -> {Path.Combine(args[2], "main.mpl")}");
    return 0;
}
// quick LINES [ROUNDS] [PHASE]: every phase ROUNDS times (default 5) with a stopwatch, no BenchmarkDotNet;
// prints the best time per phase (for profiling runs and a fast look).
if (args.Length >= 2 && args[0] == "quick")
{
    var lines = int.Parse(args[1], CultureInfo.InvariantCulture);
    var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
    var b = new FrontEndBenchmarks { Lines = lines };
    b.Setup();
    var phases = new (string Name, Func<object?> Run)[]
    {
        ("lex", () => b.Lex()), ("parse", b.Parse), ("check", b.Check), ("mir", b.Lower), ("front end", b.FrontEnd),
    };
    foreach (var (name, run) in phases.Where(p => args.Length < 4 || p.Name == args[3]))
    {
        var best = double.MaxValue;
        for (var r = 0; r < rounds; r++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            run();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"{name,-10} {best,9:F1} ms {b.SourceLines / (best / 1000),12:N0} lines/s");
    }
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(FrontEndBenchmarks).Assembly).Run(args);
return 0;
