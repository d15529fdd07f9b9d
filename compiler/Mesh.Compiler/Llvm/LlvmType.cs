namespace Mesh.Compiler.Llvm;

/// <summary>
/// An LLVM type (a handle owned by its <see cref="LlvmContext"/>; valid while the context lives).
/// Get types from <see cref="LlvmContext"/>; build constants of a type with the instance methods here.
/// </summary>
public readonly unsafe struct LlvmType : IEquatable<LlvmType>
{
    public LlvmType(nint handle) => Handle = handle;

    /// <summary>The raw LLVMTypeRef.</summary>
    public nint Handle { get; }
    public bool IsNull => Handle == 0;
    internal nint H => Handles.Check(Handle, "LlvmType");

    // ---- queries ----
    public LlvmTypeKind Kind => (LlvmTypeKind)Native.LLVMGetTypeKind(H);
    public bool IsVoid => Kind == LlvmTypeKind.Void;
    public bool IsInteger => Kind == LlvmTypeKind.Integer;
    public bool IsFloatingPoint => Kind is LlvmTypeKind.Float or LlvmTypeKind.Double or LlvmTypeKind.Half;
    public bool IsPointer => Kind == LlvmTypeKind.Pointer;
    public bool IsStruct => Kind == LlvmTypeKind.Struct;
    public bool IsArray => Kind == LlvmTypeKind.Array;
    public bool IsFunction => Kind == LlvmTypeKind.Function;

    /// <summary>Bit width of an integer type.</summary>
    public uint IntWidth => IsInteger ? Native.LLVMGetIntTypeWidth(H) : throw new InvalidOperationException($"{this} is not an integer type");

    /// <summary>Return type of a function type.</summary>
    public LlvmType ReturnType => new(Native.LLVMGetReturnType(RequireKind(LlvmTypeKind.Function)));

    /// <summary>Whether a function type is variadic.</summary>
    public bool IsVarArg => Native.LLVMIsFunctionVarArg(RequireKind(LlvmTypeKind.Function)) != 0;

    /// <summary>Parameter types of a function type.</summary>
    public LlvmType[] ParamTypes
    {
        get
        {
            nint h = RequireKind(LlvmTypeKind.Function);
            var result = new LlvmType[Native.LLVMCountParamTypes(h)];
            fixed (LlvmType* p = result) Native.LLVMGetParamTypes(h, (nint*)p);
            return result;
        }
    }

    /// <summary>Name of a named struct type ("" for literal structs).</summary>
    public string StructName => Native.PeekString(Native.LLVMGetStructName(RequireKind(LlvmTypeKind.Struct)));
    /// <summary>True for a named struct whose body has not been set yet.</summary>
    public bool IsOpaqueStruct => Native.LLVMIsOpaqueStruct(RequireKind(LlvmTypeKind.Struct)) != 0;
    public int StructElementCount => (int)Native.LLVMCountStructElementTypes(RequireKind(LlvmTypeKind.Struct));
    public LlvmType StructElementType(int index)
    {
        if ((uint)index >= (uint)StructElementCount) throw new ArgumentOutOfRangeException(nameof(index));
        return new(Native.LLVMStructGetTypeAtIndex(H, (uint)index));
    }

    /// <summary>Sets the body of a named struct created with <see cref="LlvmContext.NamedStruct"/>.</summary>
    public void SetStructBody(ReadOnlySpan<LlvmType> elements, bool packed = false)
    {
        nint h = RequireKind(LlvmTypeKind.Struct);
        var hs = Handles.Types(elements, nameof(elements));
        fixed (nint* p = hs) Native.LLVMStructSetBody(h, p, (uint)hs.Length, packed ? 1 : 0);
    }

    /// <summary>Element count of an array type.</summary>
    public ulong ArrayLength => Native.LLVMGetArrayLength2(RequireKind(LlvmTypeKind.Array));
    /// <summary>Element type of an array (or vector) type.</summary>
    public LlvmType ElementType => new(Native.LLVMGetElementType(RequireKind(LlvmTypeKind.Array)));

    /// <summary>An array type <c>[count x this]</c>.</summary>
    public LlvmType ArrayOf(ulong count) => new(Native.LLVMArrayType2(H, count));

    // ---- constants of this type ----
    /// <summary>Integer constant (value is sign-extended to the type's width).</summary>
    public LlvmValue ConstInt(long value) => new(Native.LLVMConstInt(H, unchecked((ulong)value), 1));
    /// <summary>Integer constant from raw bits (zero-extended).</summary>
    public LlvmValue ConstUInt(ulong value) => new(Native.LLVMConstInt(H, value, 0));
    /// <summary>Floating-point constant.</summary>
    public LlvmValue ConstReal(double value) => new(Native.LLVMConstReal(H, value));
    /// <summary>All-zero constant (0, 0.0, null, zeroinitializer).</summary>
    public LlvmValue ConstNull() => new(Native.LLVMConstNull(H));
    public LlvmValue Undef() => new(Native.LLVMGetUndef(H));
    public LlvmValue Poison() => new(Native.LLVMGetPoison(H));
    /// <summary>Constant array <c>[n x this]</c> of the given constant elements.</summary>
    public LlvmValue ConstArray(ReadOnlySpan<LlvmValue> elements)
    {
        var hs = Handles.Values(elements, nameof(elements));
        fixed (nint* p = hs) return new(Native.LLVMConstArray2(H, p, (ulong)hs.Length));
    }
    /// <summary>Constant of this named struct type.</summary>
    public LlvmValue ConstNamedStruct(ReadOnlySpan<LlvmValue> fields)
    {
        nint h = RequireKind(LlvmTypeKind.Struct);
        var hs = Handles.Values(fields, nameof(fields));
        fixed (nint* p = hs) return new(Native.LLVMConstNamedStruct(h, p, (uint)hs.Length));
    }
    /// <summary>Target-independent <c>sizeof</c> as an i64 constant expression (folded once a data layout is known).</summary>
    public LlvmValue SizeOf() => new(Native.LLVMSizeOf(H));

    private nint RequireKind(LlvmTypeKind kind)
    {
        var actual = Kind;
        return actual == kind ? Handle : throw new InvalidOperationException($"{this} is a {actual} type, not {kind}");
    }

    /// <summary>The type in LLVM IR syntax, e.g. <c>i64</c>, <c>%Point</c>, <c>ptr</c>.</summary>
    public override string ToString() => IsNull ? "<null type>" : Native.TakeMessage(Native.LLVMPrintTypeToString(Handle));

    public bool Equals(LlvmType other) => Handle == other.Handle;
    public override bool Equals(object? obj) => obj is LlvmType t && Equals(t);
    public override int GetHashCode() => Handle.GetHashCode();
    public static bool operator ==(LlvmType a, LlvmType b) => a.Handle == b.Handle;
    public static bool operator !=(LlvmType a, LlvmType b) => a.Handle != b.Handle;
}
