namespace Mesh.Tests.TestSupport;

/// <summary>Runs the published compiler, <c>artifacts/meshc/meshc</c>.</summary>
public static class Meshc
{
    public static readonly TimeSpan CompileTimeout = TimeSpan.FromSeconds(180);

    /// <summary>Fails the current test with a clear message when <c>make build</c> has not run.</summary>
    public static void RequireBuilt()
    {
        if (!File.Exists(RepoPaths.Meshc))
        {
            Assert.Fail($"{RepoPaths.Meshc} does not exist; run `make build` first");
        }
    }

    /// <summary>Runs <c>meshc</c> with the given arguments from <paramref name="workingDirectory"/>.</summary>
    public static ProcessResult Run(string workingDirectory, params string[] arguments)
    {
        RequireBuilt();
        return ProcessRunner.Run(RepoPaths.Meshc, arguments, workingDirectory, CompileTimeout, Environment());
    }

    /// <summary>
    /// <c>meshc build NAME [extra...]</c> run inside <paramref name="parent"/>, so that file names in
    /// diagnostics, panics and emitted IR are the short relative <c>NAME/main.mpl</c>.
    /// </summary>
    public static ProcessResult Build(string parent, string projectName, params string[] extra) =>
        Run(parent, ["build", projectName, .. extra]);

    // A framework-dependent apphost needs to find the .NET runtime; point it at the one running the tests
    // when nothing else says where it is.
    private static Dictionary<string, string?> Environment()
    {
        var env = new Dictionary<string, string?>();
        if (string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable("DOTNET_ROOT")))
        {
            // .../dotnet/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll
            var coreLib = typeof(object).Assembly.Location;
            var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(coreLib)!, "..", "..", ".."));
            if (File.Exists(Path.Combine(dotnetRoot, "dotnet")))
            {
                env["DOTNET_ROOT"] = dotnetRoot;
            }
        }
        return env;
    }
}
