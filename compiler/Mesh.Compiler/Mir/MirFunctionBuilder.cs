using System.Collections.Immutable;

namespace Mesh.Compiler.Mir;

/// <summary>
/// Mutable scaffolding used while lowering one function; <see cref="Finish"/> freezes it into an
/// immutable <see cref="MirFunction"/>.
/// </summary>
public sealed class MirFunctionBuilder
{
    private readonly List<MirLocal> _locals = [];
    private readonly List<List<MirInst>> _blockInstructions = [];
    private readonly List<MirTerminator?> _terminators = [];

    public MirFunctionBuilder(string name, MirFunctionKind kind, MirType returnType)
    {
        Name = name;
        Kind = kind;
        ReturnType = returnType;
        CurrentBlock = NewBlock();
    }

    public string Name { get; }

    public MirFunctionKind Kind { get; }

    public MirType ReturnType { get; }

    /// <summary>See <see cref="MirFunction.InheritsCallSite"/>.</summary>
    public bool InheritsCallSite { get; set; }

    public int ParamCount { get; private set; }

    /// <summary>The block new instructions go to.</summary>
    public int CurrentBlock { get; private set; }

    /// <summary>False once the current block has a terminator (code after return, panic, ...).</summary>
    public bool IsReachable => _terminators[CurrentBlock] is null;

    public MirLocal AddParam(string name, MirType type)
    {
        if (_locals.Count != ParamCount)
        {
            throw new InvalidOperationException("parameters must be added before other locals");
        }
        ParamCount++;
        return NewLocal(name, type);
    }

    public MirLocal NewLocal(string name, MirType type)
    {
        var local = new MirLocal(_locals.Count, name, type);
        _locals.Add(local);
        return local;
    }

    public MirLocal Temp(MirType type) => NewLocal("", type);

    public int NewBlock()
    {
        _blockInstructions.Add([]);
        _terminators.Add(null);
        return _blockInstructions.Count - 1;
    }

    public void SwitchTo(int block) => CurrentBlock = block;

    public void Emit(MirInst inst)
    {
        if (IsReachable)
        {
            _blockInstructions[CurrentBlock].Add(inst);
        }
    }

    /// <summary>Ends the current block; does nothing if it already ended (unreachable code).</summary>
    public void Terminate(MirTerminator terminator)
    {
        if (IsReachable)
        {
            _terminators[CurrentBlock] = terminator;
        }
    }

    public MirFunction Finish()
    {
        var blocks = ImmutableArray.CreateBuilder<MirBlock>(_blockInstructions.Count);
        for (var i = 0; i < _blockInstructions.Count; i++)
        {
            blocks.Add(new MirBlock(i, [.. _blockInstructions[i]], _terminators[i] ?? UnreachableTerm.Instance));
        }
        return new MirFunction(Name, Kind, ParamCount, ReturnType, [.. _locals], blocks.MoveToImmutable()) { InheritsCallSite = InheritsCallSite };
    }
}
