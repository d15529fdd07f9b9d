using Mesh.Compiler.Text;

namespace Mesh.Compiler.Semantics;

/// <summary>
/// A deferred trait requirement ("this type must support `+`"), checked once the type is known,
/// or carried into a function's type scheme as a bound when the type stays generic.
/// </summary>
public sealed record Obligation(MeshType Type, BuiltinTrait Trait, SourceText Source, TextSpan Span, string What);

public static class BuiltinTraits
{
    public static string Describe(BuiltinTrait trait) => trait switch
    {
        BuiltinTrait.Numeric => "arithmetic",
        BuiltinTrait.Eq => "equality",
        BuiltinTrait.Ord => "ordering",
        BuiltinTrait.Display => "Display",
        BuiltinTrait.Concat => "concatenation",
        BuiltinTrait.Sendable => "sending",
        _ => trait.ToString(),
    };
}
