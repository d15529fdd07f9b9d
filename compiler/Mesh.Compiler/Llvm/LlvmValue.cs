namespace Mesh.Compiler.Llvm;

/// <summary>
/// Any LLVM value: constant, instruction, parameter, global variable or function (a handle owned by its
/// context/module). Members that only make sense for some kinds (functions, globals, phis, switches, calls)
/// are grouped below; calling them on the wrong kind is a programming error. Methods that configure a
/// value return it, so they chain: <c>module.AddGlobal(t, "g").SetInitializer(c).SetGlobalConstant(true)</c>.
/// </summary>
public readonly unsafe struct LlvmValue : IEquatable<LlvmValue>
{
    public LlvmValue(nint handle) => Handle = handle;

    /// <summary>The raw LLVMValueRef.</summary>
    public nint Handle { get; }
    public bool IsNull => Handle == 0;
    internal nint H => Handles.Check(Handle, "LlvmValue");

    // ---- any value ----
    public LlvmType Type => new(Native.LLVMTypeOf(H));
    public bool IsConstant => Native.LLVMIsConstant(H) != 0;
    public bool IsFunction => Native.LLVMIsAFunction(H) != 0;

    /// <summary>The value's name ("" if unnamed).</summary>
    public string Name
    {
        get
        {
            nint s = Native.LLVMGetValueName2(H, out nuint len);
            return s == 0 ? "" : System.Text.Encoding.UTF8.GetString((byte*)s, checked((int)len));
        }
    }

    public LlvmValue SetName(string name)
    {
        var bytes = Handles.Utf8(name);
        fixed (byte* p = bytes) Native.LLVMSetValueName2(H, p, (nuint)bytes.Length);
        return this;
    }

    /// <summary>Sign-extended value of a constant integer.</summary>
    public long ConstIntValue => Native.LLVMConstIntGetSExtValue(H);

    // ---- globals and functions ----
    /// <summary>The type of a global's contents / a function's function type (the value itself is a <c>ptr</c>).</summary>
    public LlvmType GlobalValueType => new(Native.LLVMGlobalGetValueType(H));
    /// <summary>Alias of <see cref="GlobalValueType"/> for functions.</summary>
    public LlvmType FunctionType => new(Native.LLVMGlobalGetValueType(RequireFunction()));
    public bool IsDeclaration => Native.LLVMIsDeclaration(H) != 0;
    public LlvmLinkage Linkage => (LlvmLinkage)Native.LLVMGetLinkage(H);
    public LlvmValue SetLinkage(LlvmLinkage linkage) { Native.LLVMSetLinkage(H, (int)linkage); return this; }
    public LlvmValue SetVisibility(LlvmVisibility visibility) { Native.LLVMSetVisibility(H, (int)visibility); return this; }
    public LlvmValue SetUnnamedAddr(LlvmUnnamedAddr kind = LlvmUnnamedAddr.Global) { Native.LLVMSetUnnamedAddress(H, (int)kind); return this; }
    public LlvmValue SetSection(string section) { Native.LLVMSetSection(H, section); return this; }
    /// <summary>Alignment of a global, alloca, load or store.</summary>
    public LlvmValue SetAlignment(uint bytes) { Native.LLVMSetAlignment(H, bytes); return this; }

    // ---- global variables ----
    /// <summary>A global variable's initializer, or a null value if it is a declaration.</summary>
    public LlvmValue Initializer => new(Native.LLVMGetInitializer(H));
    public LlvmValue SetInitializer(LlvmValue constant) { Native.LLVMSetInitializer(H, constant.H); return this; }
    public LlvmValue SetGlobalConstant(bool isConstant = true) { Native.LLVMSetGlobalConstant(H, isConstant ? 1 : 0); return this; }

    // ---- functions ----
    public int ParamCount => (int)Native.LLVMCountParams(RequireFunction());
    public LlvmValue GetParam(int index)
    {
        if ((uint)index >= (uint)ParamCount) throw new ArgumentOutOfRangeException(nameof(index));
        return new(Native.LLVMGetParam(Handle, (uint)index));
    }
    public LlvmValue[] Params
    {
        get
        {
            var result = new LlvmValue[ParamCount];
            for (int i = 0; i < result.Length; i++) result[i] = new(Native.LLVMGetParam(Handle, (uint)i));
            return result;
        }
    }

    /// <summary>Appends a new basic block at the end of this function.</summary>
    public LlvmBasicBlock AppendBasicBlock(string name = "") =>
        new(Native.LLVMAppendBasicBlockInContext(ContextOf(RequireFunction()), Handle, name));

    /// <summary>The entry block (the function must have a body).</summary>
    public LlvmBasicBlock EntryBlock => IsDeclaration
        ? throw new InvalidOperationException($"function {Name} has no body")
        : new(Native.LLVMGetEntryBasicBlock(Handle));

    public LlvmCallConv CallConv => (LlvmCallConv)Native.LLVMGetFunctionCallConv(RequireFunction());
    public LlvmValue SetCallConv(LlvmCallConv callConv) { Native.LLVMSetFunctionCallConv(RequireFunction(), (uint)callConv); return this; }

    /// <summary>Adds a function attribute by LLVM's name, e.g. "noreturn", "nounwind", "cold", "noinline", "alwaysinline".</summary>
    public LlvmValue AddAttribute(string kindName, ulong value = 0) => AddAttributeAt(Native.AttributeFunctionIndex, kindName, value);
    /// <summary>Adds an attribute to parameter <paramref name="paramIndex"/> (0-based), e.g. "noalias", "nonnull", "nocapture".</summary>
    public LlvmValue AddParamAttribute(int paramIndex, string kindName, ulong value = 0) =>
        AddAttributeAt(checked((uint)paramIndex + 1), kindName, value);
    /// <summary>Adds an attribute to the return value, e.g. "noalias", "nonnull".</summary>
    public LlvmValue AddReturnAttribute(string kindName, ulong value = 0) => AddAttributeAt(Native.AttributeReturnIndex, kindName, value);

    /// <summary>Adds a string function attribute, e.g. ("frame-pointer", "all").</summary>
    public LlvmValue AddStringAttribute(string key, string value)
    {
        nint fn = RequireFunction();
        var k = Handles.Utf8(key);
        var v = Handles.Utf8(value);
        fixed (byte* pk = k)
        fixed (byte* pv = v)
        {
            nint attr = Native.LLVMCreateStringAttribute(ContextOf(fn), pk, (uint)k.Length, pv, (uint)v.Length);
            Native.LLVMAddAttributeAtIndex(fn, Native.AttributeFunctionIndex, attr);
        }
        return this;
    }

    /// <summary>Removes this function from its module (it must have no remaining uses).</summary>
    public void DeleteFunction() => Native.LLVMDeleteFunction(RequireFunction());

    // ---- instructions ----
    /// <summary>Adds one incoming (value, predecessor) pair to a phi.</summary>
    public LlvmValue AddIncoming(LlvmValue value, LlvmBasicBlock from)
    {
        nint v = value.H, b = from.H;
        Native.LLVMAddIncoming(H, &v, &b, 1);
        return this;
    }

    /// <summary>Adds incoming pairs to a phi (the spans must have equal length).</summary>
    public LlvmValue AddIncoming(ReadOnlySpan<LlvmValue> values, ReadOnlySpan<LlvmBasicBlock> from)
    {
        if (values.Length != from.Length) throw new ArgumentException("values and blocks differ in length");
        var vs = Handles.Values(values, nameof(values));
        var bs = Handles.Blocks(from, nameof(from));
        fixed (nint* pv = vs)
        fixed (nint* pb = bs)
            Native.LLVMAddIncoming(H, pv, pb, (uint)vs.Length);
        return this;
    }

    /// <summary>Adds a case to a switch instruction.</summary>
    public LlvmValue AddCase(LlvmValue onValue, LlvmBasicBlock dest) { Native.LLVMAddCase(H, onValue.H, dest.H); return this; }

    /// <summary>Marks a call instruction tail / musttail / notail.</summary>
    public LlvmValue SetTailCallKind(LlvmTailCallKind kind) { Native.LLVMSetTailCallKind(H, (int)kind); return this; }

    /// <summary>Sets the calling convention of a call instruction (must match the callee's).</summary>
    public LlvmValue SetInstructionCallConv(LlvmCallConv callConv) { Native.LLVMSetInstructionCallConv(H, (uint)callConv); return this; }

    /// <summary>Adds an attribute at a call site (function-level).</summary>
    public LlvmValue AddCallSiteAttribute(string kindName, ulong value = 0)
    {
        nint call = H;
        Native.LLVMAddCallSiteAttribute(call, Native.AttributeFunctionIndex, EnumAttribute(ContextOf(call), kindName, value));
        return this;
    }

    // ---- helpers ----
    private LlvmValue AddAttributeAt(uint index, string kindName, ulong value)
    {
        nint fn = RequireFunction();
        Native.LLVMAddAttributeAtIndex(fn, index, EnumAttribute(ContextOf(fn), kindName, value));
        return this;
    }

    internal static nint EnumAttribute(nint context, string kindName, ulong value)
    {
        var bytes = Handles.Utf8(kindName);
        uint kind;
        fixed (byte* p = bytes) kind = Native.LLVMGetEnumAttributeKindForName(p, (nuint)bytes.Length);
        if (kind == 0) throw new LlvmException($"unknown LLVM attribute '{kindName}'");
        return Native.LLVMCreateEnumAttribute(context, kind, value);
    }

    private static nint ContextOf(nint value) => Native.LLVMGetTypeContext(Native.LLVMTypeOf(value));

    private nint RequireFunction() =>
        Native.LLVMIsAFunction(H) != 0 ? Handle : throw new InvalidOperationException($"value is not a function: {this}");

    /// <summary>The value in LLVM IR syntax (a whole function prints its body).</summary>
    public override string ToString() => IsNull ? "<null value>" : Native.TakeMessage(Native.LLVMPrintValueToString(Handle));

    public bool Equals(LlvmValue other) => Handle == other.Handle;
    public override bool Equals(object? obj) => obj is LlvmValue v && Equals(v);
    public override int GetHashCode() => Handle.GetHashCode();
    public static bool operator ==(LlvmValue a, LlvmValue b) => a.Handle == b.Handle;
    public static bool operator !=(LlvmValue a, LlvmValue b) => a.Handle != b.Handle;
}
