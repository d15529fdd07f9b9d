using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Syntax;
using Mesh.Compiler.Text;

namespace Mesh.Tests.Syntax;

/// <summary>
/// Parses every <c>.mpl</c> file under the directory named by <c>MESH_CORPUS_DIR</c> (for example a checkout of
/// the reference implementation's tests and Mesher sources) and expects no syntax errors. Skipped when unset.
/// </summary>
[TestFixture]
public class CorpusTests
{
    [Test]
    public void ExternalCorpusParsesWithoutErrors()
    {
        var dir = Environment.GetEnvironmentVariable("MESH_CORPUS_DIR");
        if (string.IsNullOrEmpty(dir) || !Directory.Exists(dir))
        {
            Assert.Ignore("MESH_CORPUS_DIR not set");
            return;
        }
        var failures = new List<string>();
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(dir, "*.mpl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            count++;
            var text = File.ReadAllText(file);
            var tree = SyntaxTree.Parse(new SourceText(Path.GetFileName(file), text));
            Assert.That(tree.Root.ToFullString(), Is.EqualTo(text), file);
            foreach (var d in tree.Diagnostics)
            {
                failures.Add(d.ToString());
            }
        }
        TestContext.Out.WriteLine($"{count} files, {failures.Count} diagnostics");
        foreach (var f in failures)
        {
            TestContext.Out.WriteLine(f);
        }
        Assert.That(failures, Is.Empty);
    }
}
