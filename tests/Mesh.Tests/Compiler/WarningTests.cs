using Mesh.Compiler.Codegen;
using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Driver;
using Mesh.Compiler.Llvm;
using Mesh.Compiler.Text;

namespace Mesh.Tests.Compiler;

/// <summary>
/// Warnings are reported but do not stop compilation: an arm that can never match (W0001) is
/// flagged at that arm, and the program still goes through the whole front end and code generation.
/// </summary>
[TestFixture]
public class WarningTests
{
    private static (Mesh.Compiler.Mir.MirProgram? Program, IReadOnlyList<Diagnostic> Diagnostics, SourceText Source) FrontEnd(string text)
    {
        var source = new SourceText("main.mpl", text);
        var (program, diagnostics) = MeshCompiler.FrontEnd([new ModuleFile("Main", source, true)]);
        return (program, diagnostics, source);
    }

    private static int LineOf(Diagnostic d, SourceText source) => source.GetPosition(d.Span.Start).Line;

    /// <summary>Exactly one unreachable-arm warning, on <paramref name="line"/>, and the program still compiles.</summary>
    private static void AssertOneRedundantArmAt(int line, Mesh.Compiler.Mir.MirProgram? program, IReadOnlyList<Diagnostic> diagnostics, SourceText source)
    {
        var warnings = diagnostics.Where(d => d.Code == DiagnosticCode.RedundantArm).ToList();
        Assert.That(warnings, Has.Count.EqualTo(1));
        Assert.That(LineOf(warnings[0], source), Is.EqualTo(line));
        AssertCompiles(program, diagnostics);
    }

    private static void AssertCompiles(Mesh.Compiler.Mir.MirProgram? program, IReadOnlyList<Diagnostic> diagnostics)
    {
        Assert.That(diagnostics.Where(d => d.Severity == Severity.Error), Is.Empty, "warnings must not become errors");
        Assert.That(program, Is.Not.Null, "a program with only warnings must still be lowered");
        using var context = new LlvmContext();
        using var target = LlvmTargetMachine.CreateHost(0);
        using var module = LlvmCodegen.Generate(program!, context, target, "warnings");
    }

    private const string DuplicateVariantArm = """
        type Color do
          Red
          Green
        end

        fn code(c :: Color) -> Int do
          case c do
            Red -> 1
            Green -> 2
            Red -> 3
          end
        end

        fn main() do
          println("${code(Green)}")
        end
        """;

    [Test]
    public void DuplicateVariantArmIsRedundant()
    {
        var (program, diagnostics, source) = FrontEnd(DuplicateVariantArm);
        var warnings = diagnostics.Where(d => d.Code == DiagnosticCode.RedundantArm).ToList();
        Assert.That(warnings, Has.Count.EqualTo(1));
        Assert.That(warnings[0].Severity, Is.EqualTo(Severity.Warning));
        Assert.That(warnings[0].Code.ToCodeString(), Is.EqualTo("W0001"));
        Assert.That(LineOf(warnings[0], source), Is.EqualTo(10), "the warning points at the third arm");
        AssertCompiles(program, diagnostics);
    }

    [Test]
    public void ArmAfterCatchAllIsRedundant()
    {
        var (program, diagnostics, source) = FrontEnd("""
            fn size(s :: String) -> Int do
              case s do
                "" -> 0
                _ -> 1
                "x" -> 2
              end
            end

            fn main() do
              println("${size("x")}")
            end
            """);
        AssertOneRedundantArmAt(5, program, diagnostics, source);
    }

    [Test]
    public void TupleArmCoveredByEarlierArmsIsRedundant()
    {
        var (program, diagnostics, source) = FrontEnd("""
            fn pick(t :: (Int, Bool)) -> Int do
              case t do
                (_, true) -> 1
                (_, false) -> 2
                (3, _) -> 3
              end
            end

            fn main() do
              println("${pick((3, true))}")
            end
            """);
        AssertOneRedundantArmAt(5, program, diagnostics, source);
    }

    [Test]
    public void RedundantReceiveArmIsReported()
    {
        var (program, diagnostics, source) = FrontEnd("""
            actor echo() do
              receive do
                n -> println("${n}")
                0 -> println("zero")
              end
            end

            fn main() do
              let p = spawn(echo)
              send(p, 0)
            end
            """);
        AssertOneRedundantArmAt(4, program, diagnostics, source);
    }

    [Test]
    public void GuardedArmDoesNotMakeLaterArmsRedundant()
    {
        var (program, diagnostics, _) = FrontEnd("""
            fn describe(r :: Int!String) -> String do
              case r do
                Ok(n) when n < 0 -> "negative"
                Ok(n) -> "ok ${n}"
                Err(e) when e == "" -> "empty error"
                Err(e) -> e
              end
            end

            fn main() do
              println(describe(Ok(1)))
            end
            """);
        Assert.That(diagnostics.Where(d => d.Code == DiagnosticCode.RedundantArm), Is.Empty);
        AssertCompiles(program, diagnostics);
    }

    [Test]
    public void WarningDoesNotHideErrors()
    {
        var (program, diagnostics, _) = FrontEnd("""
            type Color do
              Red
              Green
              Blue
            end

            fn code(c :: Color) -> Int do
              case c do
                Red -> 1
                Red -> 2
                Green -> 3
              end
            end

            fn main() do
              println("${code(Red)}")
            end
            """);
        Assert.That(program, Is.Null);
        Assert.That(diagnostics.Select(d => d.Code), Is.EquivalentTo(new[] { DiagnosticCode.RedundantArm, DiagnosticCode.NonExhaustiveMatch }));
    }
    [Test]
    public void SignatureOnLaterClauseIsIgnoredWithWarning()
    {
        var (program, diagnostics, source) = FrontEnd("""
            fn size(0) = "none"
            pub fn size(1) = "one"
            fn size<T>(n :: Int) where T: Eq = "many"

            fn main() do
              println(size(0) <> size(1) <> size(5))
            end
            """);
        var warnings = diagnostics.Where(d => d.Code == DiagnosticCode.AnnotationOnNonFirstClause).ToList();
        Assert.That(warnings.Select(w => w.Code.ToCodeString()), Is.All.EqualTo("W0002"));
        Assert.That(warnings.Select(w => (LineOf(w, source), w.Message)), Is.EqualTo(new[]
        {
            (2, "`pub` on a later clause of `size` has no effect"),
            (3, "type parameters on a later clause of `size` have no effect"),
            (3, "a `where` clause on a later clause of `size` has no effect"),
        }));
        Assert.That(warnings[0].Hint, Does.Contain("the function is private now"));
        AssertCompiles(program, diagnostics);
    }

    [Test]
    public void ElixirStyleInterpolationIsFlaggedButLeftAsText()
    {
        // The shapes Elixir users write by habit are flagged; set displays, escaped text and Mesh's own
        // interpolation are not.
        var (program, diagnostics, source) = FrontEnd("""
            fn main() do
              let user = "ann"
              println("hello #{user}, #{String.length(user)}")
              println("set #{1, 2} kept \#{user} ${user}")
            end
            """);
        var warnings = diagnostics.Where(d => d.Code == DiagnosticCode.ElixirStyleInterpolation).ToList();
        Assert.That(warnings.Select(w => LineOf(w, source)), Is.EqualTo(new[] { 3, 3 }));
        Assert.That(warnings[0].Message, Does.Contain("#{user}"));
        Assert.That(warnings[0].Hint, Does.Contain("${user}"));
        Assert.That(warnings[1].Message, Does.Contain("#{String.length(user)}"));
        AssertCompiles(program, diagnostics);
    }

    private static List<(int Line, string Name)> UnusedVariables(IReadOnlyList<Diagnostic> diagnostics, SourceText source)
        => [.. diagnostics.Where(d => d.Code == DiagnosticCode.UnusedVariable)
            .Select(d => (LineOf(d, source), source.Slice(d.Span)))];

    [Test]
    public void UnusedPatternBindingsLetsAndParametersAreFlagged()
    {
        // As Gleam: every binding nothing reads, whatever bound it (parameters included); names
        // starting with `_` are unused on purpose.
        var (program, diagnostics, source) = FrontEnd("""
            type Shape do
              Circle(r :: Float)
              Rect(w :: Float, h :: Float)
            end

            fn area(s :: Shape, scale :: Float) -> Float do
              let unit = 1.0
              let (a, _b) = (2.0, 3.0)
              case s do
                Rect { w, h } -> w
                Circle(r) -> a
              end
            end

            fn count(0, acc) = acc
            fn count(n, _acc) = count(n - 1, n)

            fn main() do
              let _unused = 1
              println("${area(Circle(1.0), 2.0)} ${count(2, 0)}")
              for x in [1, 2] do
                println("item")
              end
            end
            """);
        Assert.That(UnusedVariables(diagnostics, source), Is.EqualTo(new[]
        {
            (6, "scale"), (7, "unit"), (10, "h"), (11, "r"), (21, "x"),
        }));
        var shorthand = diagnostics.First(d => d.Code == DiagnosticCode.UnusedVariable && source.Slice(d.Span) == "h");
        Assert.That(shorthand.Severity, Is.EqualTo(Severity.Warning));
        Assert.That(shorthand.Code.ToCodeString(), Is.EqualTo("W0003"));
        Assert.That(shorthand.Hint, Does.Contain("`h: _`"), "a field shorthand is silenced with `field: _`, not by renaming");
        var scale = diagnostics.First(d => d.Code == DiagnosticCode.UnusedVariable && source.Slice(d.Span) == "scale");
        Assert.That(scale.Hint, Does.Contain("`_scale`"));
        AssertCompiles(program, diagnostics);
    }

    [Test]
    public void BindingsReadAnywhereAreNotFlagged()
    {
        // Reads in guards, closures (nested ones too), interpolations, or-patterns, receive arms,
        // later clauses' bodies, nested functions and shadowing lets all count as uses.
        var (program, diagnostics, source) = FrontEnd("""
            struct Point do
              x :: Int
              y :: Int
            end

            fn side(p :: Point) -> String do
              case p do
                Point { x, y } when x > y -> "above"
                Point { x, .. } -> "x=${x}"
              end
            end

            fn scaled(xs :: List<Int>, k :: Int) -> List<List<Int>> do
              List.map(xs, fn x -> List.map([1, 2], fn m -> m * x * k end) end)
            end

            fn either(t :: (Int, Int)) -> Int do
              case t do
                (0, n) | (n, 0) -> n
                (a, b) -> a + b
              end
            end

            fn offset(n :: Int) -> Int do
              fn add(v :: Int) -> Int = v + n
              let total = add(1)
              let total = total * 2
              total
            end

            actor echo(prefix :: String) do
              receive do
                (from, text) -> send(from, "${prefix}${text}")
              end
              echo(prefix)
            end

            fn main() do
              let e = spawn(echo, "> ")
              send(e, (self(), "hi"))
              receive do
                reply -> println(reply)
              end
              println("${side(Point { x: 1, y: 0 })} ${scaled([1], 2)} ${either((0, 3))} ${offset(1)}")
            end
            """);
        Assert.That(UnusedVariables(diagnostics, source), Is.Empty);
        AssertCompiles(program, diagnostics);
    }

    [Test]
    public void FunctionsWithErrorsGetNoUnusedWarnings()
    {
        // A misspelt use is an unknown name already; the variable it meant is not reported again.
        var (_, diagnostics, _) = FrontEnd("""
            fn main() do
              let count = 3
              println("${cuont}")
            end
            """);
        Assert.That(diagnostics.Where(d => d.Code == DiagnosticCode.UnusedVariable), Is.Empty);
        Assert.That(diagnostics.Where(d => d.Severity == Severity.Error), Is.Not.Empty);
    }
}
