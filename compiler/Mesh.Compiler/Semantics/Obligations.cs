using System.Collections.Immutable;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Semantics;

/// <summary>
/// A deferred trait requirement ("this type must support `+`"), checked once the type is known,
/// or carried into a function's type scheme as a bound when the type stays generic.
/// </summary>
public sealed record Obligation(MeshType Type, Trait Trait, SourceText Source, TextSpan Span, string What)
{
    /// <summary>The trait's own arguments (<c>From&lt;Int&gt;</c>), when it has parameters.</summary>
    public ImmutableArray<MeshType> TraitArgs { get; init; } = [];

    /// <summary>
    /// The call builds a value of this type from data (<c>T.from_json</c>, <c>T.from_row</c>): the
    /// type must be fully known, as its layout decides what is read.
    /// </summary>
    public bool DecodesInto { get; init; }
}
