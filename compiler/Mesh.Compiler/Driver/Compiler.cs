using System.Collections.Immutable;
using System.Diagnostics;
using Mesh.Compiler.Codegen;
using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Llvm;
using Mesh.Compiler.Mir;
using Mesh.Compiler.Semantics;
using Mesh.Compiler.Syntax;

namespace Mesh.Compiler.Driver;

public enum EmitKind
{
    Executable,
    Object,
    Mir,
    Llvm,

    /// <summary>Stop after type checking (<c>meshc check</c>).</summary>
    Check,
}

public sealed record BuildOptions(string ProjectDir, string? Output = null, int OptLevel = 2, EmitKind Emit = EmitKind.Executable);

/// <summary>What a build produced: diagnostics always; text for <c>--emit mir|llvm</c>; a path for files.</summary>
public sealed record BuildResult(ImmutableArray<Diagnostic> Diagnostics, string? Text, string? OutputPath, ImmutableArray<(string Phase, TimeSpan Time)> Timings)
{
    public bool Success => !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// Runs the phases in order — load, parse, check, lower to MIR, generate LLVM IR, emit, link —
/// handing each the previous one's immutable output and stopping at the first phase with errors.
/// </summary>
public static class MeshCompiler
{
    /// <summary>
    /// Parse, check and lower source files that are already in memory (used by the build, by
    /// tests and, later, by the language server). Stops after the first phase with errors.
    /// </summary>
    public static (MirProgram? Program, ImmutableArray<Diagnostic> Diagnostics) FrontEnd(IReadOnlyList<ModuleFile> files, Action<string>? lap = null)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        // A project module with a library module's name (its own iter.mpl) replaces that library module.
        var ownNames = files.Select(f => f.ModuleName).ToHashSet();
        var parsed = files.Concat(StandardLibrary.Modules.Where(m => !ownNames.Contains(m.ModuleName)))
            .Select(f => (File: f, Tree: SyntaxTree.Parse(f.Source))).ToImmutableArray();
        foreach (var (_, tree) in parsed)
        {
            diagnostics.AddRange(tree.Diagnostics);
        }
        lap?.Invoke("parse");
        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return (null, diagnostics.ToImmutable());
        }

        var check = TypeChecker.Check([.. parsed.Select(p => new CheckedModule(p.File.ModuleName, p.File.Source, p.Tree) { IsLibrary = p.File.IsLibrary })]);
        // Warnings about the library's own code are not the program's business.
        diagnostics.AddRange(check.Diagnostics.Where(d => d.Severity == Severity.Error || d.Source is not { } source || !StandardLibrary.IsLibrarySource(source)));
        lap?.Invoke("typecheck");
        if (check.Program is null || diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return (null, diagnostics.ToImmutable());
        }

        var mir = MirLowering.Lower(check.Program);
        lap?.Invoke("mir");
        return (mir, diagnostics.ToImmutable());
    }

    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var timings = ImmutableArray.CreateBuilder<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();

        BuildResult Done(string? text = null, string? path = null) => new(diagnostics.ToImmutable(), text, path, timings.ToImmutable());

        void Lap(string phase)
        {
            timings.Add((phase, clock.Elapsed));
            clock.Restart();
        }

        var (project, loadDiagnostics) = Project.Load(options.ProjectDir);
        diagnostics.AddRange(loadDiagnostics);
        if (project is null || diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return Done();
        }

        var front = FrontEnd(project.Files, Lap);
        diagnostics.AddRange(front.Diagnostics);
        if (front.Program is not { } mir || options.Emit == EmitKind.Check)
        {
            return Done();
        }
        if (options.Emit == EmitKind.Mir)
        {
            return Done(text: MirPrinter.Print(mir));
        }

        string? runtimeDir = null;
        if (options.Emit == EmitKind.Executable)
        {
            runtimeDir = Linker.FindRuntime();
            if (runtimeDir is null)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.RuntimeNotFound, "cannot find the Mesh runtime (meshrt.link)", null, default,
                    hint: "run `make build`, or point MESH_RUNTIME_DIR at the folder holding libmeshrt.a and meshrt.link"));
                return Done();
            }
        }

        var output = options.Output ?? Path.Combine(project.Root, project.Name);
        using var context = new LlvmContext();
        using var target = LlvmTargetMachine.CreateHost(options.OptLevel);
        // Generate verifies the module; after that only LLVM's own passes touch it, so neither the
        // optimiser nor the object writer needs to verify it again.
        using var module = LlvmCodegen.Generate(mir, context, target, project.Name);
        Lap("llvm-ir");
        if (options.OptLevel > 0)
        {
            module.Optimize(target, options.OptLevel, alreadyVerified: true);
        }
        Lap("optimize");
        if (options.Emit == EmitKind.Llvm)
        {
            return Done(text: module.PrintToString());
        }

        var objectPath = options.Emit == EmitKind.Object ? output + ".o" : Path.Combine(Path.GetTempPath(), $"mesh-{Environment.ProcessId}-{Guid.NewGuid():N}.o");
        module.EmitObject(target, objectPath, alreadyVerified: true);
        Lap("object");
        if (options.Emit == EmitKind.Object)
        {
            return Done(path: objectPath);
        }

        try
        {
            if (Linker.Link(objectPath, output, runtimeDir!) is { } linkError)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.LinkFailed, "linking failed:\n" + linkError, null, default));
                return Done();
            }
        }
        finally
        {
            File.Delete(objectPath);
        }
        Lap("link");
        return Done(path: output);
    }
}
