namespace Mesh.Compiler.Llvm;

/// <summary>An LLVM module: functions, globals, module-level asm; verify, optimize and emit it.</summary>
public sealed unsafe class LlvmModule : IDisposable
{
    private nint _handle;

    internal LlvmModule(LlvmContext context, nint handle)
    {
        Context = context;
        _handle = handle != 0 ? handle : throw new LlvmException("LLVMModuleCreateWithNameInContext failed");
    }

    public LlvmContext Context { get; }
    internal nint Handle => _handle != 0 ? _handle : throw new ObjectDisposedException(nameof(LlvmModule));

    // ---- target ----
    public string TargetTriple
    {
        get => Native.PeekString(Native.LLVMGetTarget(Handle));
        set => Native.LLVMSetTarget(Handle, value);
    }

    public string DataLayout
    {
        get => Native.PeekString(Native.LLVMGetDataLayoutStr(Handle));
        set => Native.LLVMSetDataLayout(Handle, value);
    }

    /// <summary>Sets this module's target triple and data layout from <paramref name="target"/>.</summary>
    public void ConfigureFor(LlvmTargetMachine target)
    {
        TargetTriple = target.Triple;
        DataLayout = target.DataLayout;
    }

    // ---- functions ----
    /// <summary>Adds a function (a declaration until blocks are appended to it).</summary>
    public LlvmValue AddFunction(string name, LlvmType functionType)
    {
        if (!functionType.IsFunction) throw new ArgumentException($"{functionType} is not a function type", nameof(functionType));
        return new(Native.LLVMAddFunction(Handle, name, functionType.H));
    }

    /// <summary>The function with this name, or null.</summary>
    public LlvmValue? GetFunction(string name)
    {
        nint f = Native.LLVMGetNamedFunction(Handle, name);
        return f == 0 ? null : new LlvmValue(f);
    }

    /// <summary>Returns the existing function with this name, or declares it with <paramref name="functionType"/>.</summary>
    public LlvmValue GetOrAddFunction(string name, LlvmType functionType) => GetFunction(name) ?? AddFunction(name, functionType);

    // ---- globals ----
    /// <summary>Adds a global variable of <paramref name="type"/> (external declaration until an initializer is set).</summary>
    public LlvmValue AddGlobal(LlvmType type, string name) => new(Native.LLVMAddGlobal(Handle, type.H, name));

    /// <summary>The global variable with this name, or null.</summary>
    public LlvmValue? GetGlobal(string name)
    {
        nint g = Native.LLVMGetNamedGlobal(Handle, name);
        return g == 0 ? null : new LlvmValue(g);
    }

    /// <summary>
    /// Adds a <c>private unnamed_addr constant [n x i8]</c> global holding the UTF-8 bytes of <paramref name="value"/>
    /// (NUL-terminated by default) and returns it (a <c>ptr</c> to the first byte).
    /// </summary>
    public LlvmValue AddStringConstant(string value, string name = ".str", bool nullTerminate = true) =>
        AddConstantGlobal(Context.ConstString(value, nullTerminate), name);

    /// <summary>Adds a <c>private unnamed_addr constant</c> global initialized with <paramref name="initializer"/>.</summary>
    public LlvmValue AddConstantGlobal(LlvmValue initializer, string name)
    {
        var g = AddGlobal(initializer.Type, name);
        g.SetInitializer(initializer).SetGlobalConstant(true).SetLinkage(LlvmLinkage.Private).SetUnnamedAddr(LlvmUnnamedAddr.Global);
        return g;
    }

    // ---- module-level asm ----
    /// <summary>Replaces the module-level inline assembly.</summary>
    public void SetInlineAsm(string asm)
    {
        var bytes = Handles.Utf8(asm);
        fixed (byte* p = bytes) Native.LLVMSetModuleInlineAsm2(Handle, p, (nuint)bytes.Length);
    }

    /// <summary>Appends to the module-level inline assembly (a newline is inserted between pieces).</summary>
    public void AppendInlineAsm(string asm)
    {
        var bytes = Handles.Utf8(asm);
        fixed (byte* p = bytes) Native.LLVMAppendModuleInlineAsm(Handle, p, (nuint)bytes.Length);
    }

    // ---- verify / print ----
    /// <summary>Runs the IR verifier. Returns false and LLVM's message when the module is broken.</summary>
    public bool Verify(out string error)
    {
        bool broken = Native.LLVMVerifyModule(Handle, Native.VerifierReturnStatusAction, out nint msg) != 0;
        error = Native.TakeMessage(msg).Trim();
        return !broken;
    }

    /// <summary>Runs the verifier and throws <see cref="LlvmException"/> with LLVM's message if the module is broken.</summary>
    public void VerifyOrThrow()
    {
        if (!Verify(out string error)) throw new LlvmException("LLVM module verification failed: " + error);
    }

    /// <summary>The module as textual LLVM IR.</summary>
    public string PrintToString() => Native.TakeMessage(Native.LLVMPrintModuleToString(Handle));
    public override string ToString() => _handle == 0 ? "<disposed module>" : PrintToString();

    // ---- optimize / emit ----
    /// <summary>
    /// Runs the standard new-pass-manager pipeline <c>default&lt;O{level}&gt;</c> (level 0..3). The module is
    /// verified first (invalid IR would crash LLVM) unless the caller has just done so (<paramref name="alreadyVerified"/>:
    /// on a 5,000-line program each verification is a noticeable share of the build), and configured for
    /// <paramref name="target"/> if it has no triple.
    /// </summary>
    public void Optimize(LlvmTargetMachine target, int level, bool alreadyVerified = false)
    {
        if (level is < 0 or > 3) throw new ArgumentOutOfRangeException(nameof(level), level, "optimization level must be 0..3");
        RunPasses(target, $"default<O{level}>", alreadyVerified);
    }

    /// <summary>Runs an arbitrary pass pipeline string (opt's <c>-passes=</c> syntax), e.g. "mem2reg,instcombine".</summary>
    public void RunPasses(LlvmTargetMachine target, string pipeline, bool alreadyVerified = false)
    {
        Prepare(target, alreadyVerified);
        nint options = Native.LLVMCreatePassBuilderOptions();
        try
        {
            string? error = Native.TakeError(Native.LLVMRunPasses(Handle, pipeline, target.Handle, options));
            if (error is not null) throw new LlvmException($"LLVM pass pipeline '{pipeline}' failed: {error}");
        }
        finally { Native.LLVMDisposePassBuilderOptions(options); }
    }

    /// <summary>
    /// Writes a relocatable object file (PIC for a host machine from <see cref="LlvmTargetMachine.CreateHost"/>).
    /// <paramref name="alreadyVerified"/>: the module was verified and since then only LLVM's own passes changed it.
    /// </summary>
    public void EmitObject(LlvmTargetMachine target, string path, bool alreadyVerified = false) =>
        EmitFile(target, path, Native.CodeGenObjectFile, alreadyVerified);

    /// <summary>Writes target assembly text.</summary>
    public void EmitAssembly(LlvmTargetMachine target, string path) => EmitFile(target, path, Native.CodeGenAssemblyFile);

    /// <summary>Returns the object file bytes without touching the file system.</summary>
    public byte[] EmitObjectToMemory(LlvmTargetMachine target)
    {
        Prepare(target);
        if (Native.LLVMTargetMachineEmitToMemoryBuffer(target.Handle, Handle, Native.CodeGenObjectFile, out nint err, out nint buffer) != 0)
            throw new LlvmException("LLVM object emission failed: " + Native.TakeMessage(err));
        Native.TakeMessage(err);
        try
        {
            var bytes = new byte[checked((int)Native.LLVMGetBufferSize(buffer))];
            new ReadOnlySpan<byte>((void*)Native.LLVMGetBufferStart(buffer), bytes.Length).CopyTo(bytes);
            return bytes;
        }
        finally { Native.LLVMDisposeMemoryBuffer(buffer); }
    }

    private void EmitFile(LlvmTargetMachine target, string path, int fileType, bool alreadyVerified = false)
    {
        Prepare(target, alreadyVerified);
        if (Native.LLVMTargetMachineEmitToFile(target.Handle, Handle, path, fileType, out nint err) != 0)
            throw new LlvmException($"LLVM failed to write '{path}': {Native.TakeMessage(err)}");
        Native.TakeMessage(err);
    }

    private void Prepare(LlvmTargetMachine target, bool alreadyVerified = false)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (TargetTriple.Length == 0) ConfigureFor(target);
        if (!alreadyVerified) VerifyOrThrow();
    }

    public void Dispose()
    {
        if (_handle == 0) return;
        Native.LLVMDisposeModule(_handle);
        _handle = 0;
        Context.Forget(this);
    }
}
