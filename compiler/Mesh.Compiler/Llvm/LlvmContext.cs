namespace Mesh.Compiler.Llvm;

/// <summary>
/// Owns all LLVM types, constants and modules created through it. Not thread-safe: use one context per
/// thread. Disposing the context also disposes every module and builder created from it that is still alive.
/// </summary>
public sealed unsafe class LlvmContext : IDisposable
{
    private nint _handle;
    private readonly List<IDisposable> _children = [];

    public LlvmContext()
    {
        _handle = Native.LLVMContextCreate();
        if (_handle == 0) throw new LlvmException("LLVMContextCreate failed");
    }

    internal nint Handle => _handle != 0 ? _handle : throw new ObjectDisposedException(nameof(LlvmContext));

    // ---- modules and builders ----
    /// <summary>Creates an empty module. Pass a target machine to set its triple and data layout right away.</summary>
    public LlvmModule CreateModule(string name, LlvmTargetMachine? target = null)
    {
        var module = new LlvmModule(this, Native.LLVMModuleCreateWithNameInContext(name, Handle));
        _children.Add(module);
        if (target is not null) module.ConfigureFor(target);
        return module;
    }

    public LlvmBuilder CreateBuilder()
    {
        var builder = new LlvmBuilder(this, Native.LLVMCreateBuilderInContext(Handle));
        _children.Add(builder);
        return builder;
    }

    internal void Forget(IDisposable child) => _children.Remove(child);

    // ---- types ----
    public LlvmType Void => new(Native.LLVMVoidTypeInContext(Handle));
    public LlvmType Int1 => new(Native.LLVMInt1TypeInContext(Handle));
    public LlvmType Int8 => new(Native.LLVMInt8TypeInContext(Handle));
    public LlvmType Int16 => new(Native.LLVMInt16TypeInContext(Handle));
    public LlvmType Int32 => new(Native.LLVMInt32TypeInContext(Handle));
    public LlvmType Int64 => new(Native.LLVMInt64TypeInContext(Handle));
    public LlvmType IntType(uint bits) => new(Native.LLVMIntTypeInContext(Handle, bits));
    public LlvmType Float => new(Native.LLVMFloatTypeInContext(Handle));
    public LlvmType Double => new(Native.LLVMDoubleTypeInContext(Handle));
    /// <summary>The opaque pointer type <c>ptr</c> (address space 0).</summary>
    public LlvmType Ptr => new(Native.LLVMPointerTypeInContext(Handle, 0));

    /// <summary>A function type <c>ret (params...)</c>, optionally variadic (<c>...</c>).</summary>
    public LlvmType FunctionType(LlvmType returnType, ReadOnlySpan<LlvmType> parameters, bool isVarArg = false)
    {
        var ps = Handles.Types(parameters, nameof(parameters));
        fixed (nint* p = ps) return new(Native.LLVMFunctionType(returnType.H, p, (uint)ps.Length, isVarArg ? 1 : 0));
    }

    /// <summary>
    /// An inline assembler callee of <paramref name="functionType"/> (AT&amp;T dialect, cannot unwind): call it
    /// with <see cref="LlvmBuilder.Call(LlvmType, LlvmValue, ReadOnlySpan{LlvmValue}, string, LlvmTailCallKind)"/>.
    /// <paramref name="sideEffects"/> keeps LLVM from merging, moving or deleting it as if it were pure.
    /// </summary>
    public LlvmValue InlineAsm(LlvmType functionType, string asm, string constraints, bool sideEffects)
    {
        if (!functionType.IsFunction) throw new ArgumentException($"{functionType} is not a function type", nameof(functionType));
        var a = Handles.Utf8(asm);
        var c = Handles.Utf8(constraints);
        fixed (byte* pa = a)
        fixed (byte* pc = c)
        {
            return new(Native.LLVMGetInlineAsm(functionType.H, pa, (nuint)a.Length, pc, (nuint)c.Length,
                sideEffects ? 1 : 0, 0, 0, 0));
        }
    }

    /// <summary>A literal (anonymous) struct type <c>{ a, b }</c>.</summary>
    public LlvmType StructType(ReadOnlySpan<LlvmType> elements, bool packed = false)
    {
        var es = Handles.Types(elements, nameof(elements));
        fixed (nint* p = es) return new(Native.LLVMStructTypeInContext(Handle, p, (uint)es.Length, packed ? 1 : 0));
    }

    /// <summary>
    /// A named struct type <c>%name</c>. Without <paramref name="elements"/> it stays opaque until
    /// <see cref="LlvmType.SetStructBody"/> is called (use that for recursive types).
    /// </summary>
    public LlvmType NamedStruct(string name)
    {
        return new(Native.LLVMStructCreateNamed(Handle, name));
    }

    /// <summary>A named struct type with its body set.</summary>
    public LlvmType NamedStruct(string name, ReadOnlySpan<LlvmType> elements, bool packed = false)
    {
        var t = NamedStruct(name);
        t.SetStructBody(elements, packed);
        return t;
    }

    /// <summary>Looks up a named struct type created earlier in this context, or null.</summary>
    public LlvmType? GetNamedStruct(string name)
    {
        nint t = Native.LLVMGetTypeByName2(Handle, name);
        return t == 0 ? null : new LlvmType(t);
    }

    public LlvmType ArrayType(LlvmType element, ulong count) => new(Native.LLVMArrayType2(element.H, count));

    // ---- context-level constants ----
    public LlvmValue ConstBool(bool value) => Int1.ConstInt(value ? 1 : 0);
    public LlvmValue ConstInt32(int value) => Int32.ConstInt(value);
    public LlvmValue ConstInt64(long value) => Int64.ConstInt(value);
    public LlvmValue ConstDouble(double value) => Double.ConstReal(value);
    public LlvmValue ConstNullPtr() => Ptr.ConstNull();

    /// <summary>A constant <c>[n x i8]</c> holding the UTF-8 bytes of <paramref name="value"/> (plus a NUL by default).</summary>
    public LlvmValue ConstString(string value, bool nullTerminate = true) => ConstBytes(Handles.Utf8(value), nullTerminate);

    /// <summary>A constant <c>[n x i8]</c> holding raw bytes (plus a NUL if asked).</summary>
    public LlvmValue ConstBytes(ReadOnlySpan<byte> bytes, bool nullTerminate = false)
    {
        fixed (byte* p = bytes)
            return new(Native.LLVMConstStringInContext2(Handle, p, (nuint)bytes.Length, nullTerminate ? 0 : 1));
    }

    /// <summary>A constant literal struct <c>{ ... }</c> of the given constant fields.</summary>
    public LlvmValue ConstStruct(ReadOnlySpan<LlvmValue> fields, bool packed = false)
    {
        var fs = Handles.Values(fields, nameof(fields));
        fixed (nint* p = fs) return new(Native.LLVMConstStructInContext(Handle, p, (uint)fs.Length, packed ? 1 : 0));
    }

    public void Dispose()
    {
        if (_handle == 0) return;
        foreach (var child in _children.ToArray()) child.Dispose();
        _children.Clear();
        Native.LLVMContextDispose(_handle);
        _handle = 0;
    }
}
