using System.Collections.Immutable;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>A secondary span with its own label, e.g. "first defined here".</summary>
public sealed record DiagnosticLabel(SourceText Source, TextSpan Span, string Message);

/// <summary>
/// One finding of a compiler phase. Phases only create these; rendering (text or JSON) lives in
/// <see cref="DiagnosticRenderer"/>.
/// </summary>
public sealed record Diagnostic(
    DiagnosticCode Code,
    string Message,
    SourceText? Source,
    TextSpan Span,
    string? Label = null,
    string? Hint = null)
{
    public ImmutableArray<DiagnosticLabel> SecondaryLabels { get; init; } = [];

    public Severity Severity => Code.IsWarning() ? Severity.Warning : Severity.Error;

    public static Diagnostic Error(DiagnosticCode code, string message, SourceText? source, TextSpan span, string? label = null, string? hint = null)
        => new(code, message, source, span, label, hint);

    public override string ToString()
    {
        if (Source is null)
        {
            return $"{Code.ToCodeString()}: {Message}";
        }
        var pos = Source.GetPosition(Span.Start);
        return $"{Source.Path}:{pos.Line}:{pos.Column}: {Code.ToCodeString()}: {Message}";
    }
}

/// <summary>An append-only collector handed to a phase; the phase's output carries the result.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public int Count => _items.Count;

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>Whether an error was added after the first <paramref name="count"/> diagnostics.</summary>
    public bool HasErrorsSince(int count)
    {
        for (var i = count; i < _items.Count; i++)
        {
            if (_items[i].Severity == Severity.Error)
            {
                return true;
            }
        }
        return false;
    }

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Error(DiagnosticCode code, string message, SourceText? source, TextSpan span, string? label = null, string? hint = null)
        => _items.Add(new Diagnostic(code, message, source, span, label, hint));

    public ImmutableArray<Diagnostic> ToImmutable() => [.. _items];
}
