namespace Mesh.Compiler.Llvm;

/// <summary>
/// Instruction builder. Position it in a block, then each method appends one instruction and returns it.
/// The optional <c>name</c> only labels the result in printed IR (ignored for void results).
/// </summary>
public sealed unsafe class LlvmBuilder : IDisposable
{
    private nint _handle;
    private readonly LlvmContext _context;

    internal LlvmBuilder(LlvmContext context, nint handle)
    {
        _context = context;
        _handle = handle != 0 ? handle : throw new LlvmException("LLVMCreateBuilderInContext failed");
    }

    private nint B => _handle != 0 ? _handle : throw new ObjectDisposedException(nameof(LlvmBuilder));

    // ---- position ----
    public void PositionAtEnd(LlvmBasicBlock block) => Native.LLVMPositionBuilderAtEnd(B, block.H);
    public void PositionBefore(LlvmValue instruction) => Native.LLVMPositionBuilderBefore(B, instruction.H);

    /// <summary>Positions before the block's first instruction (or at its end if empty), e.g. for entry-block allocas.</summary>
    public void PositionAtStart(LlvmBasicBlock block)
    {
        var first = block.FirstInstruction;
        if (first.IsNull) PositionAtEnd(block); else PositionBefore(first);
    }

    /// <summary>The block the builder currently appends to (null if not positioned).</summary>
    public LlvmBasicBlock InsertBlock => new(Native.LLVMGetInsertBlock(B));
    /// <summary>The function the builder currently appends to.</summary>
    public LlvmValue CurrentFunction => InsertBlock.Parent;
    /// <summary>True if the current block already ends in a terminator (so nothing more may be appended).</summary>
    public bool IsTerminated => InsertBlock is { IsNull: false } b && b.HasTerminator;

    // ---- terminators ----
    public LlvmValue Ret(LlvmValue value) => new(Native.LLVMBuildRet(B, value.H));
    public LlvmValue RetVoid() => new(Native.LLVMBuildRetVoid(B));
    public LlvmValue Br(LlvmBasicBlock dest) => new(Native.LLVMBuildBr(B, dest.H));
    public LlvmValue CondBr(LlvmValue condition, LlvmBasicBlock then, LlvmBasicBlock @else) =>
        new(Native.LLVMBuildCondBr(B, condition.H, then.H, @else.H));
    /// <summary>A switch; add cases with <see cref="LlvmValue.AddCase"/>. <paramref name="caseCountHint"/> only reserves space.</summary>
    public LlvmValue Switch(LlvmValue value, LlvmBasicBlock @default, int caseCountHint = 0) =>
        new(Native.LLVMBuildSwitch(B, value.H, @default.H, (uint)Math.Max(0, caseCountHint)));
    public LlvmValue Unreachable() => new(Native.LLVMBuildUnreachable(B));

    // ---- phi / select ----
    /// <summary>A phi of <paramref name="type"/>; add pairs with <see cref="LlvmValue.AddIncoming(LlvmValue, LlvmBasicBlock)"/>.</summary>
    public LlvmValue Phi(LlvmType type, string name = "") => new(Native.LLVMBuildPhi(B, type.H, name));
    public LlvmValue Select(LlvmValue condition, LlvmValue then, LlvmValue @else, string name = "") =>
        new(Native.LLVMBuildSelect(B, condition.H, then.H, @else.H, name));

    // ---- memory ----
    public LlvmValue Alloca(LlvmType type, string name = "") => new(Native.LLVMBuildAlloca(B, type.H, name));
    public LlvmValue Load(LlvmType type, LlvmValue pointer, string name = "") => new(Native.LLVMBuildLoad2(B, type.H, pointer.H, name));
    public LlvmValue Store(LlvmValue value, LlvmValue pointer) => new(Native.LLVMBuildStore(B, value.H, pointer.H));

    /// <summary><c>getelementptr</c> with <paramref name="sourceElementType"/> as the pointee type of <paramref name="pointer"/>.</summary>
    public LlvmValue Gep(LlvmType sourceElementType, LlvmValue pointer, ReadOnlySpan<LlvmValue> indices, string name = "")
    {
        var ix = Handles.Values(indices, nameof(indices));
        fixed (nint* p = ix) return new(Native.LLVMBuildGEP2(B, sourceElementType.H, pointer.H, p, (uint)ix.Length, name));
    }

    /// <summary><c>getelementptr inbounds</c>.</summary>
    public LlvmValue InBoundsGep(LlvmType sourceElementType, LlvmValue pointer, ReadOnlySpan<LlvmValue> indices, string name = "")
    {
        var ix = Handles.Values(indices, nameof(indices));
        fixed (nint* p = ix) return new(Native.LLVMBuildInBoundsGEP2(B, sourceElementType.H, pointer.H, p, (uint)ix.Length, name));
    }

    /// <summary>Address of field <paramref name="fieldIndex"/> of the struct of type <paramref name="structType"/> at <paramref name="pointer"/>.</summary>
    public LlvmValue StructGep(LlvmType structType, LlvmValue pointer, int fieldIndex, string name = "") =>
        new(Native.LLVMBuildStructGEP2(B, structType.H, pointer.H, checked((uint)fieldIndex), name));

    /// <summary>Creates a private NUL-terminated string global and returns a pointer to it (needs a position in a function).</summary>
    public LlvmValue GlobalString(string value, string name = ".str") => new(Native.LLVMBuildGlobalStringPtr(B, value, name));

    /// <summary><c>llvm.memcpy</c> of <paramref name="size"/> bytes.</summary>
    public LlvmValue MemCpy(LlvmValue dest, LlvmValue src, LlvmValue size, uint destAlign = 1, uint srcAlign = 1) =>
        new(Native.LLVMBuildMemCpy(B, dest.H, destAlign, src.H, srcAlign, size.H));

    /// <summary><c>llvm.memset</c> of <paramref name="length"/> bytes to the i8 <paramref name="value"/>.</summary>
    public LlvmValue MemSet(LlvmValue dest, LlvmValue value, LlvmValue length, uint align = 1) =>
        new(Native.LLVMBuildMemSet(B, dest.H, value.H, length.H, align));

    // ---- integer arithmetic and bit operations ----
    public LlvmValue Add(LlvmValue lhs, LlvmValue rhs, string name = "") => new(Native.LLVMBuildAdd(B, lhs.H, rhs.H, name));
    public LlvmValue Sub(LlvmValue lhs, LlvmValue rhs, string name = "") => new(Native.LLVMBuildSub(B, lhs.H, rhs.H, name));
    public LlvmValue Mul(LlvmValue lhs, LlvmValue rhs, string name = "") => new(Native.LLVMBuildMul(B, lhs.H, rhs.H, name));
    public LlvmValue SDiv(LlvmValue lhs, LlvmValue rhs, string name = "") => new(Native.LLVMBuildSDiv(B, lhs.H, rhs.H, name));
    public LlvmValue UDiv(LlvmValue lhs, LlvmValue rhs, string name = "") => new(Native.LLVMBuildUDiv(B, lhs.H, rhs.H, name));
    public LlvmValue SRem(LlvmValue lhs, LlvmValue rhs, string name = "") => new(Native.LLVMBuildSRem(B, lhs.H, rhs.H, name));
    public LlvmValue URem(LlvmValue lhs, LlvmValue rhs, string name = "") => new(Native.LLVMBuildURem(B, lhs.H, rhs.H, name));
    public LlvmValue Neg(LlvmValue value, string name = "") => new(Native.LLVMBuildNeg(B, value.H, name));
    public LlvmValue Shl(LlvmValue lhs, LlvmValue rhs, string name = "") => new(Native.LLVMBuildShl(B, lhs.H, rhs.H, name));
    /// <summary>Arithmetic (sign-propagating) shift right.</summary>
    public LlvmValue AShr(LlvmValue lhs, LlvmValue rhs, string name = "") => new(Native.LLVMBuildAShr(B, lhs.H, rhs.H, name));
    /// <summary>Logical (zero-filling) shift right.</summary>
    public LlvmValue LShr(LlvmValue lhs, LlvmValue rhs, string name = "") => new(Native.LLVMBuildLShr(B, lhs.H, rhs.H, name));
    public LlvmValue And(LlvmValue lhs, LlvmValue rhs, string name = "") => new(Native.LLVMBuildAnd(B, lhs.H, rhs.H, name));
    public LlvmValue Or(LlvmValue lhs, LlvmValue rhs, string name = "") => new(Native.LLVMBuildOr(B, lhs.H, rhs.H, name));
    public LlvmValue Xor(LlvmValue lhs, LlvmValue rhs, string name = "") => new(Native.LLVMBuildXor(B, lhs.H, rhs.H, name));
    public LlvmValue Not(LlvmValue value, string name = "") => new(Native.LLVMBuildNot(B, value.H, name));

    // ---- floating point ----
    public LlvmValue FAdd(LlvmValue lhs, LlvmValue rhs, string name = "") => new(Native.LLVMBuildFAdd(B, lhs.H, rhs.H, name));
    public LlvmValue FSub(LlvmValue lhs, LlvmValue rhs, string name = "") => new(Native.LLVMBuildFSub(B, lhs.H, rhs.H, name));
    public LlvmValue FMul(LlvmValue lhs, LlvmValue rhs, string name = "") => new(Native.LLVMBuildFMul(B, lhs.H, rhs.H, name));
    public LlvmValue FDiv(LlvmValue lhs, LlvmValue rhs, string name = "") => new(Native.LLVMBuildFDiv(B, lhs.H, rhs.H, name));
    public LlvmValue FRem(LlvmValue lhs, LlvmValue rhs, string name = "") => new(Native.LLVMBuildFRem(B, lhs.H, rhs.H, name));
    public LlvmValue FNeg(LlvmValue value, string name = "") => new(Native.LLVMBuildFNeg(B, value.H, name));

    // ---- comparisons (result i1) ----
    public LlvmValue ICmp(LlvmIntPredicate predicate, LlvmValue lhs, LlvmValue rhs, string name = "") =>
        new(Native.LLVMBuildICmp(B, (int)predicate, lhs.H, rhs.H, name));
    public LlvmValue FCmp(LlvmRealPredicate predicate, LlvmValue lhs, LlvmValue rhs, string name = "") =>
        new(Native.LLVMBuildFCmp(B, (int)predicate, lhs.H, rhs.H, name));

    // ---- casts ----
    public LlvmValue ZExt(LlvmValue value, LlvmType to, string name = "") => new(Native.LLVMBuildZExt(B, value.H, to.H, name));
    public LlvmValue SExt(LlvmValue value, LlvmType to, string name = "") => new(Native.LLVMBuildSExt(B, value.H, to.H, name));
    public LlvmValue Trunc(LlvmValue value, LlvmType to, string name = "") => new(Native.LLVMBuildTrunc(B, value.H, to.H, name));
    public LlvmValue SIToFP(LlvmValue value, LlvmType to, string name = "") => new(Native.LLVMBuildSIToFP(B, value.H, to.H, name));
    public LlvmValue UIToFP(LlvmValue value, LlvmType to, string name = "") => new(Native.LLVMBuildUIToFP(B, value.H, to.H, name));
    public LlvmValue FPToSI(LlvmValue value, LlvmType to, string name = "") => new(Native.LLVMBuildFPToSI(B, value.H, to.H, name));
    public LlvmValue FPToUI(LlvmValue value, LlvmType to, string name = "") => new(Native.LLVMBuildFPToUI(B, value.H, to.H, name));
    public LlvmValue FPExt(LlvmValue value, LlvmType to, string name = "") => new(Native.LLVMBuildFPExt(B, value.H, to.H, name));
    public LlvmValue FPTrunc(LlvmValue value, LlvmType to, string name = "") => new(Native.LLVMBuildFPTrunc(B, value.H, to.H, name));
    public LlvmValue BitCast(LlvmValue value, LlvmType to, string name = "") => new(Native.LLVMBuildBitCast(B, value.H, to.H, name));
    public LlvmValue PtrToInt(LlvmValue value, LlvmType to, string name = "") => new(Native.LLVMBuildPtrToInt(B, value.H, to.H, name));
    public LlvmValue IntToPtr(LlvmValue value, LlvmType to, string name = "") => new(Native.LLVMBuildIntToPtr(B, value.H, to.H, name));

    // ---- aggregates ----
    public LlvmValue ExtractValue(LlvmValue aggregate, int index, string name = "") =>
        new(Native.LLVMBuildExtractValue(B, aggregate.H, checked((uint)index), name));
    public LlvmValue InsertValue(LlvmValue aggregate, LlvmValue element, int index, string name = "") =>
        new(Native.LLVMBuildInsertValue(B, aggregate.H, element.H, checked((uint)index), name));

    // ---- calls ----
    /// <summary>
    /// Direct call to a function value (its type and calling convention are taken from the function).
    /// </summary>
    public LlvmValue Call(LlvmValue function, ReadOnlySpan<LlvmValue> args, string name = "",
        LlvmTailCallKind tail = LlvmTailCallKind.None)
    {
        if (!function.IsFunction) throw new ArgumentException("not a function; use Call(functionType, callee, ...) for indirect calls", nameof(function));
        var call = Call(function.FunctionType, function, args, name, tail);
        var cc = function.CallConv;
        if (cc != LlvmCallConv.C) call.SetInstructionCallConv(cc);
        return call;
    }

    /// <summary>Call through any callee pointer with an explicit function type (indirect calls, closures).</summary>
    public LlvmValue Call(LlvmType functionType, LlvmValue callee, ReadOnlySpan<LlvmValue> args, string name = "",
        LlvmTailCallKind tail = LlvmTailCallKind.None)
    {
        if (!functionType.IsFunction) throw new ArgumentException($"{functionType} is not a function type", nameof(functionType));
        int expected = (int)Native.LLVMCountParamTypes(functionType.H);
        bool varArg = functionType.IsVarArg;
        if (varArg ? args.Length < expected : args.Length != expected)
            throw new ArgumentException($"call passes {args.Length} argument(s) but {functionType} expects {(varArg ? "at least " : "")}{expected}", nameof(args));
        if (functionType.ReturnType.IsVoid) name = "";
        var a = Handles.Values(args, nameof(args));
        LlvmValue call;
        fixed (nint* p = a) call = new(Native.LLVMBuildCall2(B, functionType.H, callee.H, p, (uint)a.Length, name));
        if (tail != LlvmTailCallKind.None) call.SetTailCallKind(tail);
        return call;
    }

    public void Dispose()
    {
        if (_handle == 0) return;
        Native.LLVMDisposeBuilder(_handle);
        _handle = 0;
        _context.Forget(this);
    }
}
