using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Driver;
using Mesh.Compiler.Mir;
using Mesh.Compiler.Semantics;
using Mesh.Compiler.Syntax;
using Mesh.Compiler.Text;

namespace Mesh.Bench.Frontend;

/// <summary>
/// Each phase of the front end on the same generated program (<see cref="ProgramGenerator"/>),
/// each phase given the previous phase's output prepared once in <see cref="Setup"/>; FrontEnd
/// runs them all as <c>meshc build</c> does. The "Lines/s" column is source lines per second.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class FrontEndBenchmarks
{
    public const int DefaultLines = 5000;

    private SourceText _source = null!;
    private SyntaxTree _tree = null!;
    private TypedProgram _typed = null!;

    [Params(DefaultLines)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _source = new SourceText("main.mpl", ProgramGenerator.Generate(Lines));
        _tree = SyntaxTree.Parse(_source);
        var check = TypeChecker.Check([new CheckedModule("Main", _source, _tree)]);
        var errors = _tree.Diagnostics.Concat(check.Diagnostics).Where(d => d.Severity == Severity.Error).ToList();
        if (errors.Count > 0 || check.Program is null)
        {
            throw new InvalidOperationException("the generated program does not type-check: " + string.Join("\n", errors.Select(DiagnosticRenderer.Render)));
        }
        _typed = check.Program;
    }

    [Benchmark]
    public int Lex() => Lexer.Lex(_source, new DiagnosticBag()).Count;

    [Benchmark]
    public SyntaxTree Parse() => SyntaxTree.Parse(_source);

    [Benchmark]
    public CheckResult Check() => TypeChecker.Check([new CheckedModule("Main", _source, _tree)]);

    [Benchmark]
    public MirProgram Lower() => MirLowering.Lower(_typed);

    [Benchmark]
    public MirProgram? FrontEnd() => MeshCompiler.FrontEnd([new ModuleFile("Main", _source, IsEntry: true)]).Program;

    public int SourceLines => _source.Text.Count(c => c == '\n');

    private sealed class Config : ManualConfig
    {
        // In process (no generated child project to build: the suite runs from any directory),
        // ShortRun: 3 warm-up and 3 measured iterations, enough on a shared 2-core machine.
        public Config()
        {
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(new LinesPerSecondColumn());
        }
    }

    /// <summary>Generated lines divided by the mean time of the benchmark.</summary>
    private sealed class LinesPerSecondColumn : IColumn
    {
        public string Id => nameof(LinesPerSecondColumn);
        public string ColumnName => "Lines/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "source lines of the generated program per second (mean)";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } stats)
            {
                return "-";
            }
            var lines = (int)benchmarkCase.Parameters["Lines"];
            var actual = ProgramGenerator.Generate(lines).Count(c => c == '\n');
            return (actual / (stats.Mean / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    }
}
