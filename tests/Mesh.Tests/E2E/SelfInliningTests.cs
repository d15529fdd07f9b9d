using System.Text.RegularExpressions;
using Mesh.Tests.TestSupport;

namespace Mesh.Tests.E2E;

/// <summary>
/// Codegen's recursive self-inlining (Codegen/SelfInlining.cs): which functions get the
/// <c>alwaysinline</c> copies <c>f.rec1</c> … <c>f.recK</c>, that the chain closes back on <c>f</c>,
/// that the copies carry neither the stack check nor a reduction tick, and that after <c>-O2</c>
/// only <c>f</c> is left, with its stack check and tick. Behaviour (results, effect order, panic
/// lines, overflow, preemption) is checked by the e2e fixtures <c>recursion_self_inlined</c>,
/// <c>stack_overflow_*</c> and <see cref="PreemptionTests"/>.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public partial class SelfInliningTests
{
    private const string Program = """
fn fib(n :: Int) -> Int do
  if n < 2 do
    n
  else
    fib(n - 1) + fib(n - 2)
  end
end

# Tail recursive: MIR turns it into a loop, nothing to inline.
fn count(n :: Int, acc :: Int) -> Int do
  if n == 0 do
    acc
  else
    count(n - 1, acc + 1)
  end
end

# A loop (the self tail call) around a non-tail self call: a copy would need its own tick.
fn looped(n :: Int, acc :: Int) -> Int do
  if n <= 0 do
    acc
  else
    looped(n - 2, acc + looped(n - 100, 0) + 1)
  end
end

# Too big to copy.
fn big(n :: Int) -> Int do
  if n < 1 do
    0
  else
    let a = n * 3 + n * 5 + n * 7 + n * 11 + n * 13 + n * 17 + n * 19 + n * 23
    let b = a % 7 + a % 11 + a % 13 + a % 17 + a % 19 + a % 23 + a % 29 + a % 31
    let c = b * b + a * a + b * a + a - b + n * n + a * n + b * n + 1
    let d = c % 1000 + b % 1000 + a % 1000 + n % 1000 + c / 3 + b / 3 + a / 3 + n / 3
    d + big(n - 1) + big(n - 2)
  end
end

fn main() do
  println("${fib(20)} ${count(10, 0)} ${looped(300, 0)} ${big(10)}")
end
""";

    [GeneratedRegex(@"^define internal [^@]*@(?<name>""[^""]+""|[\w.$]+)\((?<params>[^)]*)\)(?<attrs>[^{]*)\{$(?<body>.*?)^\}$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FunctionDefinition();

    private static Dictionary<string, (string Attributes, string Body)> Functions(string ir) =>
        FunctionDefinition().Matches(ir).ToDictionary(m => m.Groups["name"].Value.Trim('"'), m => (m.Groups["attrs"].Value, m.Groups["body"].Value));

    private static string Emit(string opt)
    {
        using var temp = new TempDir("self-inline");
        var project = Path.Combine(temp.Path, "selfinline");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "main.mpl"), Program);
        var build = Meshc.Build(temp.Path, "selfinline", "--emit", "llvm", "--opt", opt);
        Assert.That(build.ExitCode, Is.Zero, build.Describe("meshc build --emit llvm"));
        return build.Stdout;
    }

    [Test]
    public void SmallNonTailRecursion_GetsAChainOfInlineCopiesWithoutChecks()
    {
        var functions = Functions(Emit("0"));
        Assert.That(functions.Keys, Does.Contain("Main.fib"));
        // fib's body is 8 instructions with 2 self-calls: 16 + 32 + 64 + 128 ≤ 256 added, so 4 copies.
        for (var level = 1; level <= 4; level++)
        {
            Assert.That(functions.Keys, Does.Contain($"Main.fib.rec{level}"));
        }
        Assert.That(functions.Keys, Does.Not.Contain("Main.fib.rec5"));
        Assert.That(functions["Main.fib"].Body, Does.Contain("call i64 @Main.fib.rec1(").And.Contain("mesh_stack_limit").And.Contain("mesh_reduction_budget"));
        Assert.That(functions["Main.fib"].Body, Does.Not.Contain("call i64 @Main.fib("));
        Assert.That(functions["Main.fib.rec1"].Body, Does.Contain("call i64 @Main.fib.rec2("));
        Assert.That(functions["Main.fib.rec4"].Body, Does.Contain("call i64 @Main.fib("));
        for (var level = 1; level <= 4; level++)
        {
            var copy = functions[$"Main.fib.rec{level}"];
            Assert.That(copy.Attributes, Does.Match("#[0-9]+"), "the copy has an attribute group (alwaysinline)");
            Assert.That(copy.Body, Does.Not.Contain("mesh_stack_limit").And.Not.Contain("mesh_reduction_budget").And.Not.Contain("mesh_reduction_tick"),
                $"Main.fib.rec{level} must not check the stack or tick");
        }
        Assert.That(functions.Keys.Where(n => n.StartsWith("Main.count.", StringComparison.Ordinal)), Is.Empty, "a self tail call is a loop");
        Assert.That(functions.Keys.Where(n => n.StartsWith("Main.looped.", StringComparison.Ordinal)), Is.Empty, "a function with a loop");
        Assert.That(functions.Keys.Where(n => n.StartsWith("Main.big.", StringComparison.Ordinal)), Is.Empty, "a big function");
    }

    [Test]
    public void AfterOptimisation_OnlyTheFunctionIsLeft_WithItsStackCheckAndTick()
    {
        var ir = Emit("2");
        var functions = Functions(ir);
        Assert.That(functions.Keys.Where(n => n.Contains(".rec", StringComparison.Ordinal)), Is.Empty, "every copy inlined and removed");
        var fib = functions["Main.fib"].Body;
        Assert.That(Regex.Matches(fib, "mesh_stack_limit").Count, Is.EqualTo(1), "one stack check, at entry");
        Assert.That(fib, Does.Contain("mesh_reduction_budget"));
        // Five levels per real call (fib and its 4 copies): 2^5 = 32 calls of fib itself remain in
        // its body (calls are not merged: fib has side effects, its tick); without the copies, 2.
        Assert.That(Regex.Matches(fib, @"call fastcc i64 @Main\.fib\(").Count, Is.GreaterThanOrEqualTo(16), fib);
    }
}
