namespace Mesh.Tests.TestSupport;

/// <summary>Runs the published compiler, <c>artifacts/meshc/meshc</c> (a NativeAOT executable).</summary>
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
    public static ProcessResult Run(string workingDirectory, params string[] arguments) =>
        RunWith(null, workingDirectory, arguments);

    /// <summary>Like <see cref="Run"/>, with extra environment variables (e.g. <c>MESH_LINKER</c>).</summary>
    public static ProcessResult RunWith(IReadOnlyDictionary<string, string?>? environment, string workingDirectory, params string[] arguments)
    {
        RequireBuilt();
        return ProcessRunner.Run(RepoPaths.Meshc, arguments, workingDirectory, CompileTimeout, environment);
    }

    /// <summary>
    /// <c>meshc build NAME [extra...]</c> run inside <paramref name="parent"/>, so that file names in
    /// diagnostics, panics and emitted IR are the short relative <c>NAME/main.mpl</c>.
    /// </summary>
    public static ProcessResult Build(string parent, string projectName, params string[] extra) =>
        Run(parent, ["build", projectName, .. extra]);
}
