using System.Collections.Immutable;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Semantics;

// The output of type checking: a typed tree per function, with every name resolved to a symbol.
// Types may still mention inference variables; TypedProgram.Types resolves them.

public sealed class LocalSymbol(int id, string name, MeshType type, TextSpan span)
{
    public int Id { get; } = id;

    public string Name { get; } = name;

    public MeshType Type { get; } = type;

    public TextSpan Span { get; } = span;

    /// <summary>
    /// Set when a <c>let</c> binds a value whose type was generalised and which is used at more
    /// than one type: each use (<see cref="TLocalInstance"/>) evaluates the value again at its own types.
    /// </summary>
    public LocalGeneric? Generic { get; set; }

    public override string ToString() => $"{Name}#{Id}";
}

/// <summary>
/// A polymorphic <c>let</c> (<c>let id = fn x -> x end</c>): its value's type with
/// <see cref="Variables"/> left open. The value is a syntactic value (a closure, a function name, a
/// literal, a constructor of values), so evaluating it once per use is the same as evaluating it once.
/// </summary>
/// <param name="Variables">The inference variables each use instantiates (never bound by the checker).</param>
/// <param name="Value">The bound value, lowered again at every use with the use's types.</param>
/// <param name="Captures">The enclosing locals the value reads: a closure using this local captures these instead.</param>
public sealed record LocalGeneric(ImmutableArray<int> Variables, TExpr Value, ImmutableArray<LocalSymbol> Captures)
{
    /// <summary>
    /// What a closure's captured locals stand for in memory: a polymorphic local has no single value,
    /// so a closure using it captures what that local's value reads.
    /// </summary>
    public static ImmutableArray<LocalSymbol> ExpandCaptures(ImmutableArray<LocalSymbol> captures)
    {
        if (!captures.Any(c => c.Generic is not null))
        {
            return captures;
        }
        var expanded = new List<LocalSymbol>();
        void Add(LocalSymbol local)
        {
            if (local.Generic is { } generic)
            {
                foreach (var inner in generic.Captures)
                {
                    Add(inner);
                }
            }
            else if (!expanded.Contains(local))
            {
                expanded.Add(local);
            }
        }
        foreach (var capture in captures)
        {
            Add(capture);
        }
        return [.. expanded];
    }
}

public enum FunctionKind
{
    Function,
    Actor,

    /// <summary>A <c>supervisor</c> block: started with <c>spawn(Name)</c>; its body is a <see cref="TSupervisor"/>.</summary>
    Supervisor,
}

/// <summary>A top-level function or actor. Bodies are attached once checked.</summary>
public sealed class FunctionSymbol(string module, string name, FunctionKind kind, SourceText source, TextSpan span)
{
    public string Module { get; } = module;

    public string Name { get; } = name;

    public string QualifiedName => $"{Module}.{Name}";

    public FunctionKind Kind { get; } = kind;

    public SourceText Source { get; } = source;

    public TextSpan Span { get; } = span;

    public bool IsPublic { get; set; }

    public TypeScheme Scheme { get; set; } = TypeScheme.Mono(MeshType.Unit);

    /// <summary>For actors: the type of message their mailbox holds (in terms of the scheme's params).</summary>
    public MeshType? MailboxType { get; set; }

    public ImmutableArray<LocalSymbol> Params { get; set; } = [];

    public TExpr? Body { get; set; }

    /// <summary>
    /// An actor's <c>terminate do … end</c> block, as a function over the actor's parameters
    /// (same scheme parameters) that returns unit; null when there is none.
    /// </summary>
    public FunctionSymbol? Terminate { get; set; }

    public override string ToString() => QualifiedName;
}

public abstract record TExpr(MeshType Type, TextSpan Span);

public sealed record TIntLiteral(long Value, TextSpan Span) : TExpr(MeshType.Int, Span);

public sealed record TFloatLiteral(double Value, TextSpan Span) : TExpr(MeshType.Float, Span);

public sealed record TBoolLiteral(bool Value, TextSpan Span) : TExpr(MeshType.Bool, Span);

public sealed record TStringLiteral(string Value, TextSpan Span) : TExpr(MeshType.String, Span);

public sealed record TUnitLiteral(TextSpan Span) : TExpr(MeshType.Unit, Span);

/// <summary><c>:name</c>; at run time an atom is its name as a string.</summary>
public sealed record TAtomLiteral(string Name, TextSpan Span) : TExpr(MeshType.Atom, Span);

/// <summary><c>"a ${x} b"</c>: each part is converted with its Display rule and concatenated.</summary>
public sealed record TInterpolation(ImmutableArray<TExpr> Parts, TextSpan Span) : TExpr(MeshType.String, Span);

public sealed record TLocalRef(LocalSymbol Local, TextSpan Span) : TExpr(Local.Type, Span);

/// <summary>
/// A use of a <c>let</c>-bound local whose type was generalised, at the types <see cref="TypeArgs"/>
/// (one per <see cref="LocalGeneric.Variables"/>). If the local is still polymorphic after checking
/// (<see cref="LocalSymbol.Generic"/>), lowering evaluates its value here; otherwise this is a plain reference.
/// </summary>
public sealed record TLocalInstance(LocalSymbol Local, ImmutableArray<MeshType> TypeArgs, MeshType Type, TextSpan Span) : TExpr(Type, Span);

/// <summary>A direct call of a top-level function, with the instantiation of its type scheme.</summary>
public sealed record TCall(FunctionSymbol Function, ImmutableArray<MeshType> TypeArgs, ImmutableArray<TExpr> Args, MeshType Type, TextSpan Span) : TExpr(Type, Span);

public enum Builtin
{
    Print,
    Println,

    /// <summary><c>panic(message)</c>: ends the process (the actor, or the program from <c>main</c>); never returns.</summary>
    Panic,
}

public sealed record TBuiltinCall(Builtin Builtin, ImmutableArray<TExpr> Args, MeshType Type, TextSpan Span) : TExpr(Type, Span);

/// <summary>A call of a standard-library function implemented in the runtime (see <c>StdlibCatalog</c>).</summary>
public sealed record TStdlibCall(Stdlib.StdlibFunction Function, ImmutableArray<TExpr> Args, MeshType Type, TextSpan Span) : TExpr(Type, Span);

public enum TBinaryOp
{
    Add, Sub, Mul, Div, Rem,
    Eq, NotEq, Lt, LtEq, Gt, GtEq,
    And, Or,
    Concat,
}

/// <summary>A binary operator; <see cref="OperandType"/> is the (shared) type of both operands.</summary>
public sealed record TBinary(TBinaryOp Op, TExpr Left, TExpr Right, MeshType OperandType, MeshType Type, TextSpan Span) : TExpr(Type, Span);

public enum TUnaryOp
{
    Neg,
    Not,
}

public sealed record TUnary(TUnaryOp Op, TExpr Operand, MeshType Type, TextSpan Span) : TExpr(Type, Span);

public sealed record TIf(TExpr Condition, TExpr Then, TExpr? Else, MeshType Type, TextSpan Span) : TExpr(Type, Span);

public abstract record TStmt(TextSpan Span);

public sealed record TLet(LocalSymbol Local, TExpr Value, TextSpan Span) : TStmt(Span);

public sealed record TExprStmt(TExpr Expr, TextSpan Span) : TStmt(Span);

/// <summary>A sequence of statements; the value is <see cref="Result"/> or unit.</summary>
public sealed record TBlock(ImmutableArray<TStmt> Statements, TExpr? Result, MeshType Type, TextSpan Span) : TExpr(Type, Span);

public abstract record TPattern(MeshType Type, TextSpan Span);

public sealed record TWildcardPattern(MeshType Type, TextSpan Span) : TPattern(Type, Span);

public sealed record TBindPattern(LocalSymbol Local, TextSpan Span) : TPattern(Local.Type, Span);

/// <summary>A literal to compare against (Int, Float, String, Bool).</summary>
public sealed record TLiteralPattern(TExpr Literal, TextSpan Span) : TPattern(Literal.Type, Span);

/// <summary><c>head :: tail</c>: a non-empty list.</summary>
public sealed record TConsPattern(TPattern Head, TPattern Tail, MeshType Type, TextSpan Span) : TPattern(Type, Span);

/// <summary><c>[p, …]</c>: a list of exactly <c>Elements.Length</c> items.</summary>
public sealed record TListPattern(ImmutableArray<TPattern> Elements, MeshType Type, TextSpan Span) : TPattern(Type, Span);

/// <summary>A pattern that failed to check: it matches nothing (so it hides no later arm).</summary>
public sealed record TErrorPattern(MeshType Type, TextSpan Span) : TPattern(Type, Span);

public sealed record TTuplePattern(ImmutableArray<TPattern> Elements, MeshType Type, TextSpan Span) : TPattern(Type, Span);

/// <summary>Matches one variant of a sum type, then its fields.</summary>
/// <param name="ByName">Written with field names (<c>Rect { w, .. }</c>): missing cases of the type are shown that way too.</param>
public sealed record TConstructorPattern(TypeDefinition Definition, VariantDefinition Variant, ImmutableArray<TPattern> Fields, MeshType Type, TextSpan Span, bool ByName = false) : TPattern(Type, Span);

/// <summary>
/// <c>Point { x: 0, y }</c>: matches a struct's fields. <see cref="Fields"/> has one pattern per field of
/// the definition, in its order; fields the pattern leaves out (<c>..</c>) are wildcards.
/// </summary>
public sealed record TStructPattern(TypeDefinition Definition, ImmutableArray<TPattern> Fields, MeshType Type, TextSpan Span) : TPattern(Type, Span);

/// <summary>Matches if any alternative does; all alternatives bind the same locals.</summary>
public sealed record TOrPattern(ImmutableArray<TPattern> Alternatives, MeshType Type, TextSpan Span) : TPattern(Type, Span);

/// <summary><c>pattern as name</c>: the pattern must match and the whole value is bound too.</summary>
public sealed record TAsPattern(TPattern Pattern, LocalSymbol Local, TextSpan Span) : TPattern(Local.Type, Span);

public sealed record TArm(TPattern Pattern, TExpr? Guard, TExpr Body, TextSpan Span);

public sealed record TCase(TExpr Scrutinee, ImmutableArray<TArm> Arms, MeshType Type, TextSpan Span) : TExpr(Type, Span);

public sealed record TReturn(TExpr? Value, TextSpan Span) : TExpr(MeshType.Unit, Span);

public sealed record TSpawn(FunctionSymbol Actor, ImmutableArray<MeshType> TypeArgs, ImmutableArray<TExpr> Args, MeshType Type, TextSpan Span) : TExpr(Type, Span);

/// <summary><c>send(target, message)</c>; with <paramref name="ByName"/> the target is a String, the name a process is registered under (Erlang's <c>Name ! Msg</c>).</summary>
public sealed record TSend(TExpr Target, TExpr Message, TextSpan Span, bool ByName = false) : TExpr(MeshType.Unit, Span);

public sealed record TSelf(MeshType Type, TextSpan Span) : TExpr(Type, Span);

/// <summary>Selective receive over the current actor's mailbox; <see cref="MessageType"/> is what arms match.</summary>
public sealed record TReceive(ImmutableArray<TArm> Arms, MeshType MessageType, TExpr? Timeout, TExpr? AfterBody, MeshType Type, TextSpan Span) : TExpr(Type, Span)
{
    /// <summary>Arms matching <c>Exit(...)</c>/<c>Down(...)</c> system messages (type <c>SystemMessage</c>).</summary>
    public ImmutableArray<TArm> SystemArms { get; init; } = [];

    public MeshType? SystemMessageType { get; init; }
}

/// <summary>The numbering the runtime uses (runtime/native/mesh_supervisor.c).</summary>
public enum SupervisorStrategy
{
    OneForOne,
    OneForAll,
    RestForOne,
    SimpleOneForOne,
}

public enum ChildRestart
{
    Permanent,
    Transient,
    Temporary,
}

/// <summary>
/// A checked <c>child id do start: … restart: … shutdown: … end</c>; <see cref="ShutdownMs"/> is -1 for <c>brutal_kill</c>.
/// <see cref="IsSupervisor"/>: its start function returns a supervisor's pid (OTP's child type).
/// </summary>
public sealed record TChildSpec(string Id, TExpr Start, ChildRestart Restart, long ShutdownMs, bool IsSupervisor, TextSpan Span);

/// <summary>
/// The body of a supervisor: its options and child specs (for simple_one_for_one, the one template);
/// <see cref="RegisteredName"/> is its <c>name:</c>, registered when it starts; <see cref="Definition"/>
/// the name of its pid type (<c>Pid&lt;Team&gt;</c>), which the runtime checks requests against.
/// </summary>
public sealed record TSupervisor(string Definition, SupervisorStrategy Strategy, long MaxRestarts, long MaxSeconds, string? RegisteredName, ImmutableArray<TChildSpec> Children, TextSpan Span)
    : TExpr(MeshType.Unit, Span);

/// <summary>How a child spec built in code is stopped: after <c>shutdown</c> ms, at once, or whenever it ends.</summary>
public enum ShutdownMode
{
    Milliseconds,
    BrutalKill,
    Infinity,
}

/// <summary>
/// <c>Supervisor.child(id, start, restart: …, shutdown: …)</c>: a <c>Supervisor.ChildSpec&lt;M&gt;</c> for
/// <c>Supervisor.start_child(sup, spec)</c>. <see cref="Start"/> is a closure literal or a function
/// name, so its captures can be copied to the supervisor; <see cref="ShutdownMs"/> is null unless
/// <see cref="Shutdown"/> is <see cref="ShutdownMode.Milliseconds"/> (then null means the default).
/// </summary>
public sealed record TSupervisorChild(TExpr Id, TExpr Start, ChildRestart Restart, ShutdownMode Shutdown, TExpr? ShutdownMs, bool IsSupervisor, MeshType Type, TextSpan Span)
    : TExpr(Type, Span);

/// <summary>
/// <c>Pool.start_child(sup, args…)</c> for a simple_one_for_one supervisor: the arguments go to the
/// template's start function in the supervisor's process; the result is <c>Result&lt;Pid&lt;M&gt;, String&gt;</c>.
/// </summary>
public sealed record TSupervisorStartChild(FunctionSymbol Supervisor, TExpr Target, ImmutableArray<TExpr> Args, MeshType Type, TextSpan Span)
    : TExpr(Type, Span);

/// <summary>A list literal <c>[a, b, ...]</c>.</summary>
public sealed record TList(ImmutableArray<TExpr> Elements, MeshType Type, TextSpan Span) : TExpr(Type, Span);

/// <summary>A tuple value <c>(a, b, ...)</c>.</summary>
public sealed record TTuple(ImmutableArray<TExpr> Elements, MeshType Type, TextSpan Span) : TExpr(Type, Span);

/// <summary>
/// A struct value (<paramref name="Variant"/> null) or a sum-type value. <see cref="Fields"/> are
/// in declaration order.
/// </summary>
public sealed record TConstruct(TypeDefinition Definition, VariantDefinition? Variant, ImmutableArray<TExpr> Fields, MeshType Type, TextSpan Span) : TExpr(Type, Span);

/// <summary>Reading field number <paramref name="Index"/> of a struct.</summary>
/// <summary>
/// A part of a value reached through tuple elements and struct fields (each step a slot index and the
/// part's type): what a name of an irrefutable <c>let</c> pattern over a syntactic value stands for
/// when it is generalised (<c>let (f, g) = pair</c>), built again at each use.
/// </summary>
public sealed record TProjection(TExpr Value, ImmutableArray<(int Index, MeshType Type)> Steps, MeshType Type, TextSpan Span) : TExpr(Type, Span);

public sealed record TFieldGet(TExpr Target, TypeDefinition Definition, int Index, MeshType Type, TextSpan Span) : TExpr(Type, Span);

/// <summary><c>%{base | f: v}</c>: a copy of a struct with some fields replaced.</summary>
public sealed record TStructUpdate(TExpr Base, TypeDefinition Definition, ImmutableArray<(int Index, TExpr Value)> Updates, MeshType Type, TextSpan Span) : TExpr(Type, Span);

/// <summary>
/// An anonymous function. <see cref="Captures"/> are the enclosing locals its body uses; they are
/// copied into the closure when it is created (capture by value).
/// </summary>
public sealed record TClosure(int Id, ImmutableArray<LocalSymbol> Params, TExpr Body, ImmutableArray<LocalSymbol> Captures, MeshType Type, TextSpan Span) : TExpr(Type, Span);

/// <summary>A named function used as a value (<c>List.map(xs, double)</c>).</summary>
public sealed record TFunctionValue(FunctionSymbol Function, ImmutableArray<MeshType> TypeArgs, MeshType Type, TextSpan Span) : TExpr(Type, Span);

/// <summary>
/// A call of an interface method. The impl is chosen when code is generated, from the concrete
/// <see cref="SelfType"/> (and <see cref="TraitArgs"/>); without a program impl the built-in
/// behaviour applies (derived Display, Eq, Ord, the numeric conversions).
/// </summary>
public sealed record TTraitCall(Trait Trait, string Method, MeshType SelfType, ImmutableArray<MeshType> TraitArgs, ImmutableArray<TExpr> Args, FunType Signature, MeshType Type, TextSpan Span) : TExpr(Type, Span);

/// <summary>A call of a function value (a closure or a named function passed around).</summary>
public sealed record TCallValue(TExpr Callee, ImmutableArray<TExpr> Args, MeshType Type, TextSpan Span) : TExpr(Type, Span);

/// <summary><c>value?</c>: the Ok/Some payload, or an early return of the Err/None value itself.</summary>
public sealed record TTry(TExpr Operand, MeshType Type, TextSpan Span) : TExpr(Type, Span)
{
    /// <summary>The function's error type when <c>?</c> converts the operand's error into it with <c>From</c>.</summary>
    public MeshType? ConvertErrorTo { get; init; }
}

/// <summary>
/// <c>for pattern in source [when filter] do body end</c>: the list of the body's values. The
/// source is a list (<see cref="List"/>) or an Int range <c>start..end</c> (end exclusive).
/// Elements the pattern does not match, or the filter rejects, are skipped.
/// </summary>
public sealed record TFor(TPattern Pattern, TExpr? List, TExpr? RangeStart, TExpr? RangeEnd, TExpr? Filter, TExpr Body, MeshType ElementType, MeshType Type, TextSpan Span) : TExpr(Type, Span)
{
    /// <summary>Set instead of List and the range for a loop over an Iterator (or an Iterable's iterator).</summary>
    public TForIterator? Iterator { get; init; }
}

/// <summary>
/// How a <c>for</c> walks an Iterator: <see cref="State"/> starts as <see cref="Start"/>; each round evaluates
/// <see cref="Next"/> (<c>Iterator.next(State)</c>), stops at None, else takes the item and the new state.
/// </summary>
public sealed record TForIterator(LocalSymbol State, TExpr Start, TExpr Next);

/// <summary><c>while cond do body end</c>; its value is unit.</summary>
public sealed record TWhile(TExpr Condition, TExpr Body, TextSpan Span) : TExpr(MeshType.Unit, Span);

public sealed record TBreak(TextSpan Span) : TExpr(MeshType.Unit, Span);

public sealed record TContinue(TextSpan Span) : TExpr(MeshType.Unit, Span);

/// <summary>Stands in for an expression that failed to check; never reaches lowering.</summary>
public sealed record TError(MeshType Type, TextSpan Span) : TExpr(Type, Span);

public sealed record TypedProgram(
    ImmutableArray<FunctionSymbol> Functions,
    FunctionSymbol Main,
    Substitution Types,
    ImmutableArray<SourceText> Sources,
    ImmutableDictionary<string, TypeDefinition> TypeDefinitions,
    ImmutableArray<TraitImpl> Impls)
{
    /// <summary>The struct or sum type a concrete type constructor names, if any.</summary>
    public TypeDefinition? DefinitionOf(TypeCon type) => TypeDefinitions.GetValueOrDefault(type.Name);

    /// <summary>The program's impl of a trait for a concrete type, if it has one.</summary>
    public TraitImpl? FindImpl(Trait trait, TypeCon type, ImmutableArray<MeshType> traitArgs = default) => TraitImpl.Find(Impls, trait, type, traitArgs);
}

/// <summary><c>let pattern = value</c> with a refutable or destructuring pattern; a mismatch panics.</summary>
public sealed record TLetPattern(TPattern Pattern, TExpr Value, TextSpan Span) : TStmt(Span);

public static class PatternFacts
{
    /// <summary>The patterns directly inside <paramref name="pattern"/> (none for names, wildcards and literals).</summary>
    public static IEnumerable<TPattern> Subpatterns(TPattern pattern) => pattern switch
    {
        TAsPattern a => [a.Pattern],
        TOrPattern o => o.Alternatives,
        TTuplePattern t => t.Elements,
        TConstructorPattern c => c.Fields,
        TStructPattern s => s.Fields,
        TListPattern l => l.Elements,
        TConsPattern cons => [cons.Head, cons.Tail],
        _ => [],
    };

    /// <summary>
    /// Matches every value of its type: names, wildcards, and tuples or struct patterns made only of
    /// those (an or-pattern when one alternative is). Such a clause catches every argument.
    /// </summary>
    public static bool IsIrrefutable(TPattern pattern) => pattern switch
    {
        TWildcardPattern or TBindPattern => true,
        TAsPattern a => IsIrrefutable(a.Pattern),
        TTuplePattern t => t.Elements.All(IsIrrefutable),
        TStructPattern s => s.Fields.All(IsIrrefutable),
        TOrPattern o => o.Alternatives.Any(IsIrrefutable),
        _ => false,
    };

    /// <summary>Made only of names, wildcards, <c>as</c>, tuples and struct patterns: every name it binds is a fixed part of the value.</summary>
    public static bool IsDestructuring(TPattern pattern) => pattern switch
    {
        TWildcardPattern or TBindPattern => true,
        TAsPattern a => IsDestructuring(a.Pattern),
        TTuplePattern t => t.Elements.All(IsDestructuring),
        TStructPattern s => s.Fields.All(IsDestructuring),
        _ => false,
    };

    /// <summary>The names a destructuring pattern binds, each with the slot path to its part of the value.</summary>
    public static IEnumerable<(LocalSymbol Local, ImmutableArray<(int Index, MeshType Type)> Steps)> Bindings(TPattern pattern, ImmutableArray<(int Index, MeshType Type)> steps)
    {
        switch (pattern)
        {
            case TBindPattern b:
                yield return (b.Local, steps);
                break;
            case TAsPattern a:
                foreach (var inner in Bindings(a.Pattern, steps))
                {
                    yield return inner;
                }
                yield return (a.Local, steps);
                break;
            case TTuplePattern or TStructPattern:
                var parts = pattern is TTuplePattern t ? t.Elements : ((TStructPattern)pattern).Fields;
                for (var i = 0; i < parts.Length; i++)
                {
                    foreach (var inner in Bindings(parts[i], steps.Add((i, parts[i].Type))))
                    {
                        yield return inner;
                    }
                }
                break;
        }
    }

    /// <summary>Whether the pattern binds a name that stayed polymorphic (a let generalised by <c>GeneraliseElements</c>).</summary>
    public static bool BindsPolymorphicName(TPattern pattern) => pattern switch
    {
        TBindPattern b => b.Local.Generic is not null,
        TAsPattern a => a.Local.Generic is not null || BindsPolymorphicName(a.Pattern),
        TTuplePattern t => t.Elements.Any(BindsPolymorphicName),
        TStructPattern s => s.Fields.Any(BindsPolymorphicName),
        _ => false,
    };
}
