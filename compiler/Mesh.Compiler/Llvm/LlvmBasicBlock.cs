namespace Mesh.Compiler.Llvm;

/// <summary>A basic block (owned by its function). Create with <see cref="LlvmValue.AppendBasicBlock"/>.</summary>
public readonly struct LlvmBasicBlock : IEquatable<LlvmBasicBlock>
{
    public LlvmBasicBlock(nint handle) => Handle = handle;

    /// <summary>The raw LLVMBasicBlockRef.</summary>
    public nint Handle { get; }
    public bool IsNull => Handle == 0;
    internal nint H => Handles.Check(Handle, "LlvmBasicBlock");

    public string Name => Native.PeekString(Native.LLVMGetBasicBlockName(H));
    /// <summary>The function containing this block.</summary>
    public LlvmValue Parent => new(Native.LLVMGetBasicBlockParent(H));
    /// <summary>The block's terminator instruction, or a null value (<see cref="LlvmValue.IsNull"/>) if it has none yet.</summary>
    public LlvmValue Terminator => new(Native.LLVMGetBasicBlockTerminator(H));
    public bool HasTerminator => Native.LLVMGetBasicBlockTerminator(H) != 0;
    /// <summary>The first instruction, or a null value if the block is empty.</summary>
    public LlvmValue FirstInstruction => new(Native.LLVMGetFirstInstruction(H));

    /// <summary>Moves this block to just after <paramref name="other"/> in the function's block list.</summary>
    public void MoveAfter(LlvmBasicBlock other) => Native.LLVMMoveBasicBlockAfter(H, other.H);

    /// <summary>Inserts a new block just before this one.</summary>
    public LlvmBasicBlock InsertBefore(string name = "")
    {
        nint ctx = Native.LLVMGetTypeContext(Native.LLVMTypeOf(Parent.H));
        return new(Native.LLVMInsertBasicBlockInContext(ctx, H, name));
    }

    public override string ToString() => IsNull ? "<null block>" : Name;
    public bool Equals(LlvmBasicBlock other) => Handle == other.Handle;
    public override bool Equals(object? obj) => obj is LlvmBasicBlock b && Equals(b);
    public override int GetHashCode() => Handle.GetHashCode();
    public static bool operator ==(LlvmBasicBlock a, LlvmBasicBlock b) => a.Handle == b.Handle;
    public static bool operator !=(LlvmBasicBlock a, LlvmBasicBlock b) => a.Handle != b.Handle;
}
