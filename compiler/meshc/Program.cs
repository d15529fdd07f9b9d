using System.Globalization;
using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Driver;

namespace Mesh.Cli;

/// <summary>The <c>meshc</c> command line. Exit status: 0 success, 1 compile errors, 2 usage or internal error.</summary>
public static class Program
{
    private const string Usage = """
        usage: meshc <command> [options]

        commands:
          build DIR     compile the project in DIR (DIR/main.mpl) into DIR/<name of DIR>
          check DIR     type-check the project without producing a binary
          version       print the compiler version

        build options:
          -o, --output PATH      where to write the executable
          --opt N, -O N          LLVM optimisation level 0..3 (default 2)
          --emit KIND            mir | llvm (print to stdout), obj (write <output>.o)
          --json                 diagnostics as JSON lines on stderr
          --timings              print the time spent in each phase on stderr
        """;

    public static int Main(string[] args)
    {
        try
        {
            return Run(args);
        }
        catch (UsageException e)
        {
            return Fail(e.Message);
        }
        catch (Exception e)
        {
            // A crash is a compiler bug; say so plainly instead of dumping a stack trace on users.
            Console.Error.WriteLine($"internal compiler error: {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("MESH_DEBUG") == "1")
            {
                Console.Error.WriteLine(e);
            }
            return 2;
        }
    }

    private static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.Out.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        if (args[0] is "version" or "--version")
        {
            Console.Out.WriteLine("meshc " + typeof(MeshCompiler).Assembly.GetName().Version);
            return 0;
        }
        if (args[0] is not ("build" or "check"))
        {
            return Fail($"unknown command '{args[0]}'");
        }

        string? dir = null;
        string? output = null;
        var opt = 2;
        var emit = args[0] == "check" ? EmitKind.Check : EmitKind.Executable;
        var json = false;
        var timings = false;
        for (var i = 1; i < args.Length; i++)
        {
            var a = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new UsageException($"{a} needs a value");
            switch (a)
            {
                case "-o" or "--output":
                    output = Next();
                    break;
                case "--opt" or "-O" or "--opt-level":
                    if (!int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out opt) || opt > 3)
                    {
                        return Fail("--opt takes 0, 1, 2 or 3");
                    }
                    break;
                case "--emit":
                    emit = Next() switch
                    {
                        "mir" => EmitKind.Mir,
                        "llvm" => EmitKind.Llvm,
                        "obj" => EmitKind.Object,
                        var other => throw new UsageException($"unknown --emit kind '{other}' (mir, llvm, obj)"),
                    };
                    break;
                case "--json":
                    json = true;
                    break;
                case "--timings":
                    timings = true;
                    break;
                default:
                    if (a.StartsWith('-') || dir is not null)
                    {
                        return Fail($"unexpected argument '{a}'");
                    }
                    dir = a;
                    break;
            }
        }
        if (dir is null)
        {
            return Fail($"{args[0]} needs a project directory");
        }

        var result = MeshCompiler.Build(new BuildOptions(dir, output, opt, emit));
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Error.Write(json ? DiagnosticRenderer.RenderJson(diagnostic) + "\n" : DiagnosticRenderer.Render(diagnostic) + "\n");
        }
        if (timings)
        {
            foreach (var (phase, time) in result.Timings)
            {
                Console.Error.WriteLine($"  {phase,-10} {time.TotalMilliseconds,8:F1} ms");
            }
        }
        if (!result.Success)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            if (!json)
            {
                Console.Error.WriteLine($"error: could not compile '{dir}' ({errors} error{(errors == 1 ? "" : "s")})");
            }
            return 1;
        }
        if (result.Text is { } text)
        {
            Console.Out.Write(text);
        }
        else if (result.OutputPath is { } path && !json)
        {
            Console.Error.WriteLine($"Compiled {path}");
        }
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"meshc: {message}");
        Console.Error.WriteLine("run `meshc --help` for usage");
        return 2;
    }

    private sealed class UsageException(string message) : Exception(message);
}
