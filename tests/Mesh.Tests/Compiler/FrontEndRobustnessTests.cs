using Mesh.Compiler.Codegen;
using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Driver;
using Mesh.Compiler.Llvm;
using Mesh.Compiler.Text;
using Mesh.Tests.TestSupport;

namespace Mesh.Tests.Compiler;

/// <summary>
/// Bad input must get diagnostics, never a compiler crash or hang: every fixture program, mutated in
/// many seeded ways, goes through the whole front end (parse → check → MIR → LLVM IR) in process.
/// The long version of this run lives in bench/README.md; this fixed-seed slice runs in every test run.
/// </summary>
[TestFixture]
public class FrontEndRobustnessTests
{
    private static readonly string[] Fragments =
    [
        "fn", "do", "end", "(", ")", "[", "]", "{", "}", "%{", "->", "=>", "|>", "::", ":", ",", ".", "..", "\"", "${", "#=",
        "case", "receive", "after", "if", "else", "let", "=", "spawn(", "send(", "self()", "actor", "struct", "type", "when",
        "\n", " ", "1", "-", "0x", "1.5e", "x", "Foo", ":atom", "?", "!", "not", "and", "return", "_", "|", "<>", "%",
        // Newer syntax, so that mutations also break it in fresh ways.
        "service", "supervisor", "interface", "impl", "for", "deriving(", "call", "cast", "init", "child", "strategy",
        "timeout: ", "name: ", " do |x| ", "fn(x) -> ", ":ok", "%{\"k\" => 1}", "%{}", "Map.new()", "Set.new()",
        "Self", "where", "<", ">", "Option<", "Result<", "@", "in", "while", "break", "pub", "import", "from",
    ];

    /// <summary>
    /// CPU time one mutant may take before the run calls it a hang (a mutant normally takes milliseconds).
    /// CPU, not wall time: niced on a loaded shared box, a mutant can wait minutes for a core.
    /// </summary>
    private static readonly TimeSpan HangCpuLimit = TimeSpan.FromSeconds(30);

    /// <summary>Wall-clock bound for a mutant that hangs without using CPU.</summary>
    private static readonly TimeSpan HangWallLimit = TimeSpan.FromMinutes(15);

    /// <summary>Failures reported in full at the end; the rest are only counted.</summary>
    private const int FailuresShown = 5;

    /// <summary>The seed corpus: every fixture, and the standard-library modules written in Mesh.</summary>
    private static IEnumerable<string> Sources()
    {
        var dirs = new[] { "e2e", "compile_fail", "golden" }.Select(d => Path.Combine(RepoPaths.Tests, d)).Append(Path.Combine(RepoPaths.Root, "stdlib", "mesh"));
        foreach (var dir in dirs)
        {
            foreach (var file in Directory.EnumerateFiles(dir, "*.mpl", SearchOption.AllDirectories).Order())
            {
                yield return file;
            }
        }
    }

    [Test]
    public void MutatedFixturesNeverCrashTheFrontEnd()
    {
        // MESH_FUZZ_ITERATIONS / MESH_FUZZ_SEED run a longer or different campaign locally;
        // MESH_FUZZ_OUT=DIR writes every failing input there (crash-N.mpl, hang-N.mpl).
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("MESH_FUZZ_ITERATIONS"), out var n) ? n : 150;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("MESH_FUZZ_SEED"), out var s) ? s : 20261129;
        var outDir = Environment.GetEnvironmentVariable("MESH_FUZZ_OUT");
        var random = new Random(seed);
        var paths = Sources().ToArray();
        var texts = paths.Select(File.ReadAllText).ToArray();
        var runs = 0;
        var compiled = 0;
        var rejected = 0;
        var failures = 0;
        var reports = new List<string>();
        var crashSites = new HashSet<string>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Not `using`: a hung worker thread may still be inside them when the test ends.
        var context = new LlvmContext();
        var target = LlvmTargetMachine.CreateHost(0);
        var stuck = false;

        void Record(string kind, string path, string detail, string mutated)
        {
            // One report per distinct crash site; every input is kept when an output folder is given.
            failures++;
            if (outDir is not null)
            {
                Directory.CreateDirectory(outDir);
                File.WriteAllText(Path.Combine(outDir, $"{kind}-{seed}-{failures}.mpl"), $"# from {Path.GetFileName(path)}\n# {detail.Split('\n')[0]}\n{mutated}");
            }
            if (crashSites.Add(kind + ": " + SiteOf(detail)))
            {
                reports.Add($"{kind} on a mutation of {Path.GetFileName(path)}: {detail}\n--- input ---\n{mutated}");
            }
        }

        for (var f = 0; f < paths.Length && !stuck; f++)
        {
            for (var i = 0; i < iterations && !stuck; i++)
            {
                var mutated = Mutate(texts[f], texts, random);
                // A worker thread per mutant, so that a hang is reported with its input instead of stalling the run.
                var work = Task.Run(() => Compile(mutated, context, target));
                try
                {
                    stuck = !WaitUnlessHung(work, HangCpuLimit, HangWallLimit, TimeSpan.FromSeconds(2));
                }
                catch (AggregateException e)
                {
                    Record("crash", paths[f], e.InnerException?.ToString() ?? e.ToString(), mutated);
                    runs++;
                    continue;
                }
                if (stuck)
                {
                    // The stuck thread may hold the LLVM context: stop here rather than share it.
                    Record("hang", paths[f], $"no result after {HangCpuLimit.TotalSeconds:F0} s of CPU time", mutated);
                    runs++;
                    break;
                }
                switch (work.Result)
                {
                    case Outcome.Compiled:
                        compiled++;
                        break;
                    case Outcome.Rejected:
                        rejected++;
                        break;
                    case Outcome.RejectedSilently:
                        Record("silent", paths[f], "rejected without an error diagnostic", mutated);
                        break;
                }
                runs++;
            }
        }
        if (!stuck)
        {
            target.Dispose();
            context.Dispose();
        }
        TestContext.Out.WriteLine(
            $"fuzz seed {seed}: {paths.Length} fixtures x {iterations} = {runs} mutants in {clock.Elapsed.TotalSeconds:F0} s; " +
            $"{compiled} compiled to verified IR, {rejected} rejected with diagnostics, {failures} failures ({crashSites.Count} distinct)");
        if (failures > 0)
        {
            Assert.Fail($"{failures} failing mutants, {crashSites.Count} distinct sites:\n\n" + string.Join("\n\n", reports.Take(FailuresShown)));
        }
        Assert.That(runs, Is.GreaterThan(500));
        Assert.That(compiled, Is.GreaterThan(runs / 20), "too few mutations got past the checker to exercise code generation");
    }

    /// <summary>True when the work finished; false when the process used <paramref name="cpuLimit"/> of CPU (or the wall bound passed) first.</summary>
    private static bool WaitUnlessHung(Task work, TimeSpan cpuLimit, TimeSpan wallLimit, TimeSpan poll)
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        var cpuAtStart = self.TotalProcessorTime;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!work.Wait(poll))
        {
            self.Refresh();
            if (self.TotalProcessorTime - cpuAtStart > cpuLimit || clock.Elapsed > wallLimit)
            {
                return false;
            }
        }
        return true;
    }

    [Test]
    public void HangDetectorStopsWaitingForASpinningMutant()
    {
        // The campaign's hang path, exercised with a stand-in for a compiler stuck in a loop.
        using var stop = new CancellationTokenSource();
        var spinning = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                Thread.SpinWait(1000);
            }
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var finished = WaitUnlessHung(spinning, TimeSpan.FromMilliseconds(300), TimeSpan.FromMinutes(2), TimeSpan.FromMilliseconds(50));
        stop.Cancel();
        spinning.Wait();
        Assert.That(finished, Is.False, "a task spinning without end must be reported as hung");
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromMinutes(2)), "the CPU bound, not the wall bound, must stop the wait");
        Assert.That(WaitUnlessHung(Task.CompletedTask, TimeSpan.FromMilliseconds(300), TimeSpan.FromMinutes(2), TimeSpan.FromMilliseconds(50)), Is.True);
    }

    private enum Outcome
    {
        Compiled,
        Rejected,
        RejectedSilently,
    }

    private static Outcome Compile(string source, LlvmContext context, LlvmTargetMachine target)
    {
        var file = new ModuleFile("Main", new SourceText("main.mpl", source), IsEntry: true);
        var (program, diagnostics) = MeshCompiler.FrontEnd([file]);
        foreach (var d in diagnostics)
        {
            // Rendering must cope with every span a phase produces.
            DiagnosticRenderer.Render(d);
            DiagnosticRenderer.RenderJson(d);
        }
        if (program is null)
        {
            return diagnostics.Any(d => d.Severity == Severity.Error) ? Outcome.Rejected : Outcome.RejectedSilently;
        }
        // Whatever the checker accepts must lower to IR that LLVM's verifier accepts.
        using var module = LlvmCodegen.Generate(program, context, target, "fuzz");
        return Outcome.Compiled;
    }

    /// <summary>Where a crash happened: its exception type and innermost Mesh frame, to tell distinct bugs apart.</summary>
    private static string SiteOf(string detail)
    {
        var lines = detail.Split('\n');
        var frame = lines.FirstOrDefault(l => l.TrimStart().StartsWith("at Mesh.", StringComparison.Ordinal))?.Trim() ?? "";
        var paren = frame.IndexOf('(', StringComparison.Ordinal);
        return lines[0].Split(':')[0] + " " + (paren > 0 ? frame[..paren] : frame);
    }

    private static readonly string[] Replacements = ["1", "-2", "2.5", "\"s\"", "true", "()", "main", "self()", "x", "y", "n", "println", "spawn"];

    /// <summary>Swaps one word or number for another word of the file or a literal: mostly still parses, so it exercises the checker.</summary>
    private static string ReplaceWord(string text, Random random)
    {
        var words = System.Text.RegularExpressions.Regex.Matches(text, @"\b[A-Za-z_][A-Za-z0-9_]*\b|\b\d+(\.\d+)?\b");
        if (words.Count == 0)
        {
            return text;
        }
        var target = words[random.Next(words.Count)];
        var replacement = random.Next(2) == 0 ? words[random.Next(words.Count)].Value : Replacements[random.Next(Replacements.Length)];
        return text[..target.Index] + replacement + text[(target.Index + target.Length)..];
    }

    private static readonly System.Text.RegularExpressions.Regex TopLevelItem =
        new(@"^(pub )?(fn|struct|type|interface|impl|service|supervisor|actor|module|import|from)\b");

    /// <summary>
    /// Copies one top-level item (a line that starts a definition, through the next <c>end</c> in the
    /// first column) of <paramref name="donor"/> between two items of <paramref name="text"/>: whole
    /// services, interfaces, impls and types meet programs they were not written for, and clash with
    /// their names, mostly still parsing, so that the checker and code generation get exercised.
    /// </summary>
    private static string SpliceItem(string text, string donor, Random random)
    {
        var donorLines = donor.Split('\n');
        var starts = Enumerable.Range(0, donorLines.Length).Where(i => TopLevelItem.IsMatch(donorLines[i])).ToArray();
        if (starts.Length == 0)
        {
            return text;
        }
        var first = starts[random.Next(starts.Length)];
        var last = first;
        while (last < donorLines.Length - 1 && donorLines[last] != "end" && !donorLines[first].StartsWith("import", StringComparison.Ordinal)
               && !donorLines[first].StartsWith("from", StringComparison.Ordinal))
        {
            last++;
        }
        var item = donorLines[first..(last + 1)];
        var lines = text.Split('\n').ToList();
        var places = Enumerable.Range(0, lines.Count).Where(i => TopLevelItem.IsMatch(lines[i])).Append(lines.Count).ToArray();
        lines.InsertRange(places[random.Next(places.Length)], item);
        return string.Join('\n', lines);
    }

    private static string Mutate(string text, string[] corpus, Random random)
    {
        var result = text;
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && result.Length > 0; e++)
        {
            var at = random.Next(result.Length);
            switch (random.Next(11))
            {
                case 8:
                    result = SpliceItem(result, corpus[random.Next(corpus.Length)], random);
                    break;
                case 9:
                    {
                        // Drop a whole line: still parses more often than a cut through the middle of one.
                        var lines = result.Split('\n').ToList();
                        lines.RemoveAt(random.Next(lines.Count));
                        result = string.Join('\n', lines);
                        break;
                    }
                case 10:
                    {
                        // Swap two lines: statements move before the bindings they use, arms change order.
                        var lines = result.Split('\n');
                        var (x, y) = (random.Next(lines.Length), random.Next(lines.Length));
                        (lines[x], lines[y]) = (lines[y], lines[x]);
                        result = string.Join('\n', lines);
                        break;
                    }
                case 7:
                    {
                        // Splice a line of another fixture in: features meet in combinations no fixture has.
                        var donor = corpus[random.Next(corpus.Length)].Split('\n');
                        var lines = result.Split('\n').ToList();
                        lines.Insert(random.Next(lines.Count + 1), donor[random.Next(donor.Length)]);
                        result = string.Join('\n', lines);
                        break;
                    }
                case 5 or 6:
                    result = ReplaceWord(result, random);
                    break;
                case 0:
                    result = result[..at]; // truncation
                    break;
                case 1:
                    result = result.Remove(at, Math.Min(random.Next(1, 12), result.Length - at));
                    break;
                case 2:
                    result = result.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 3:
                    {
                        var lines = result.Split('\n').ToList();
                        var line = random.Next(lines.Count);
                        lines.Insert(random.Next(lines.Count), lines[line]);
                        result = string.Join('\n', lines);
                        break;
                    }
                default:
                    {
                        var other = random.Next(result.Length);
                        var chars = result.ToCharArray();
                        (chars[at], chars[other]) = (chars[other], chars[at]);
                        result = new string(chars);
                        break;
                    }
            }
        }
        return result;
    }
}
