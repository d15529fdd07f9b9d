using System.Collections.Immutable;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Mir;

/// <summary>A whole program after lowering: monomorphic functions in a flat array, entry first.</summary>
public sealed record MirProgram(ImmutableArray<MirFunction> Functions, string EntryFunction, ImmutableArray<SourceText> Sources);

public enum MirFunctionKind
{
    /// <summary>An ordinary Mesh function (or actor body).</summary>
    Normal,

    /// <summary>The native entry of an actor: takes the runtime's argument reader and calls the body.</summary>
    ActorEntry,
}

/// <summary>
/// One function instance. Locals are numbered; parameters are the first <see cref="ParamCount"/>
/// locals. Blocks are numbered; block 0 is the entry.
/// </summary>
public sealed record MirFunction(
    string Name,
    MirFunctionKind Kind,
    int ParamCount,
    MirType ReturnType,
    ImmutableArray<MirLocal> Locals,
    ImmutableArray<MirBlock> Blocks)
{
    public IEnumerable<MirLocal> Params => Locals.Take(ParamCount);

    /// <summary>
    /// A standard-library function written in Mesh (or a closure in one): it panics on behalf of its
    /// caller, so every call site it would record, and its own panics, report the call site that was
    /// current at its entry (the user's call into the library) instead of a position in the library.
    /// </summary>
    public bool InheritsCallSite { get; init; }
}

public sealed record MirLocal(int Id, string Name, MirType Type);

public sealed record MirBlock(int Id, ImmutableArray<MirInst> Instructions, MirTerminator Terminator);

/// <summary>Something an instruction reads: a local or a constant.</summary>
public abstract record MirOperand
{
    public abstract MirType Type { get; }
}

public sealed record LocalOperand(MirLocal Local) : MirOperand
{
    public override MirType Type => Local.Type;
}

public sealed record IntConst(long Value) : MirOperand
{
    public override MirType Type => MirType.Int;
}

public sealed record FloatConst(double Value) : MirOperand
{
    public override MirType Type => MirType.Float;
}

public sealed record BoolConst(bool Value) : MirOperand
{
    public override MirType Type => MirType.Bool;
}

public sealed record UnitConst : MirOperand
{
    public static readonly UnitConst Instance = new();

    public override MirType Type => MirType.Unit;
}

/// <summary>A string literal, emitted as a constant global with the runtime's string layout.</summary>
public sealed record StringConst(string Value) : MirOperand
{
    public override MirType Type => MirType.String;
}

/// <summary>The address of a function, for spawning actors.</summary>
public sealed record FunctionRef(string Name) : MirOperand
{
    public override MirType Type => MirType.Ptr;
}

public sealed record NullPtr : MirOperand
{
    public static readonly NullPtr Instance = new();

    public override MirType Type => MirType.Ptr;
}

public enum MirBinaryOp
{
    IntAdd, IntSub, IntMul, IntDiv, IntRem,
    IntEq, IntNe, IntLt, IntLe, IntGt, IntGe,
    FloatAdd, FloatSub, FloatMul, FloatDiv, FloatRem,
    FloatEq, FloatNe, FloatLt, FloatLe, FloatGt, FloatGe,
    BoolEq, BoolNe, BoolAnd, BoolOr,
    PtrIsNull,
}

public enum MirUnaryOp
{
    IntNeg,
    FloatNeg,
    BoolNot,
}

/// <summary>Instructions; every one that produces a value names its destination local.</summary>
public abstract record MirInst;

public sealed record AssignInst(MirLocal Target, MirOperand Value) : MirInst;

public sealed record BinaryInst(MirLocal Target, MirBinaryOp Op, MirOperand Left, MirOperand Right, TextSpan Span) : MirInst;

public sealed record UnaryInst(MirLocal Target, MirUnaryOp Op, MirOperand Operand) : MirInst;

/// <summary>
/// A call to another Mesh function instance (by its unique MIR name). With a <paramref name="Site"/>
/// (a call from user code into a standard-library function written in Mesh) the call's position is
/// recorded first, as for <see cref="RuntimeCallInst"/>, so a panic inside the library is reported here.
/// </summary>
public sealed record CallInst(MirLocal? Target, string Function, ImmutableArray<MirOperand> Args, bool IsTail = false, MirCallSite? Site = null) : MirInst;

/// <summary>
/// A call into the runtime's C ABI (see <see cref="RuntimeFunctions"/>). With a <paramref name="Site"/>,
/// the call's source position is recorded for the runtime first, so a panic inside the function is
/// reported at this call.
/// </summary>
public sealed record RuntimeCallInst(MirLocal? Target, RuntimeFunction Function, ImmutableArray<MirOperand> Args, MirCallSite? Site = null) : MirInst;

/// <summary>A position in the program's source, as a runtime panic reports it (<c>main.mpl:6:12</c>; column 0: unknown).</summary>
public sealed record MirCallSite(SourceText Source, int Line, int Column)
{
    public override string ToString() => Column > 0 ? $"{Source.Path}:{Line}:{Column}" : $"{Source.Path}:{Line}";
}

/// <summary>
/// Allocates a heap object on the current actor's heap with one 8-byte slot per operand, initialised
/// from the operands in order (Int/Pid as is, Float as its bits, Bool as 0/1, pointers as addresses).
/// </summary>
public sealed record AllocInst(MirLocal Target, ImmutableArray<MirOperand> Slots) : MirInst;

/// <summary>Reads slot <paramref name="Index"/> of a heap object as a value of the target's type.</summary>
public sealed record LoadSlotInst(MirLocal Target, MirOperand Object, int Index) : MirInst;

/// <summary>Reads slot <c>Index + Offset</c> of a heap object, the index computed at run time.</summary>
public sealed record LoadSlotAtInst(MirLocal Target, MirOperand Object, MirOperand Index, int Offset) : MirInst;

/// <summary>Writes slot <c>Index + Offset</c> of a heap object that nothing else can see yet (initialisation only: values are immutable).</summary>
public sealed record StoreSlotAtInst(MirOperand Object, MirOperand Index, int Offset, MirOperand Value) : MirInst;

/// <summary>A value as an 8-byte slot word (for generic runtime functions).</summary>
public sealed record ToSlotInst(MirLocal Target, MirOperand Value) : MirInst;

/// <summary>An 8-byte slot word back as a value of the target's type.</summary>
public sealed record FromSlotInst(MirLocal Target, MirOperand Slot) : MirInst;

/// <summary>
/// Calls a function value: <paramref name="Closure"/> is the closure object (slot 0 holds the code
/// pointer) and is passed as the first argument, before <paramref name="Args"/>.
/// </summary>
public sealed record CallClosureInst(MirLocal? Target, MirOperand Closure, ImmutableArray<MirOperand> Args, MirType Returns) : MirInst;

public abstract record MirTerminator;

public sealed record ReturnTerm(MirOperand Value) : MirTerminator;

public sealed record GotoTerm(int Target) : MirTerminator;

public sealed record BranchTerm(MirOperand Condition, int Then, int Else) : MirTerminator;

/// <summary>Jumps to the block of the first case whose constant equals the Int operand, else to the default.</summary>
public sealed record SwitchTerm(MirOperand Value, ImmutableArray<(long Value, int Target)> Cases, int Default) : MirTerminator;

/// <summary>A runtime panic with a message and the source position it is reported at.</summary>
public sealed record PanicTerm(string Message, MirCallSite Site) : MirTerminator;

public sealed record UnreachableTerm : MirTerminator
{
    public static readonly UnreachableTerm Instance = new();
}
