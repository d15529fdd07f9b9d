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
}
