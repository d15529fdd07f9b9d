using System.Runtime.InteropServices;

namespace Mesh.Compiler.Llvm;

/// <summary>
/// A target machine (triple + CPU + features + optimization level). <see cref="CreateHost"/> targets this machine
/// with position-independent code, so emitted objects link into the default PIE executables of gcc/cc.
/// Also answers data-layout questions (ABI size/alignment/field offsets) for code generation.
/// </summary>
public sealed class LlvmTargetMachine : IDisposable
{
    private static readonly object InitLock = new();
    private static bool _initialized;

    private nint _handle;
    private nint _targetData;

    private LlvmTargetMachine(nint handle, string triple, string cpu, string features, int optLevel)
    {
        _handle = handle;
        Triple = triple;
        Cpu = cpu;
        Features = features;
        OptLevel = optLevel;
        _targetData = Native.LLVMCreateTargetDataLayout(handle);
        DataLayout = Native.TakeMessage(Native.LLVMCopyStringRepOfTargetData(_targetData));
    }

    public string Triple { get; }
    public string Cpu { get; }
    public string Features { get; }
    public int OptLevel { get; }
    /// <summary>The data layout string modules for this target must carry.</summary>
    public string DataLayout { get; }

    internal nint Handle => _handle != 0 ? _handle : throw new ObjectDisposedException(nameof(LlvmTargetMachine));
    private nint TargetData => _targetData != 0 ? _targetData : throw new ObjectDisposedException(nameof(LlvmTargetMachine));

    /// <summary>The host's default target triple, e.g. <c>x86_64-pc-linux-gnu</c>.</summary>
    public static string HostTriple
    {
        get { InitializeTargets(); return Native.TakeMessage(Native.LLVMGetDefaultTargetTriple()); }
    }

    /// <summary>
    /// A PIC target machine for the host triple. <paramref name="optLevel"/> is 0..3 (codegen level).
    /// By default code is generated for the generic CPU of the architecture, so executables run on any machine of
    /// that architecture; pass <paramref name="nativeCpu"/> to tune for (and require) this machine's CPU.
    /// </summary>
    public static LlvmTargetMachine CreateHost(int optLevel = 2, bool nativeCpu = false)
    {
        string cpu = "generic", features = "";
        if (nativeCpu)
        {
            cpu = Native.TakeMessage(Native.LLVMGetHostCPUName());
            features = Native.TakeMessage(Native.LLVMGetHostCPUFeatures());
        }
        return Create(HostTriple, cpu, features, optLevel);
    }

    /// <summary>A PIC target machine for an explicit triple (only the host architecture's backend, x86-64 or AArch64, is initialized).</summary>
    public static LlvmTargetMachine Create(string triple, string cpu = "generic", string features = "", int optLevel = 2)
    {
        if (optLevel is < 0 or > 3) throw new ArgumentOutOfRangeException(nameof(optLevel), optLevel, "optimization level must be 0..3");
        InitializeTargets();
        if (Native.LLVMGetTargetFromTriple(triple, out nint target, out nint err) != 0)
            throw new LlvmException($"no LLVM target for triple '{triple}': {Native.TakeMessage(err)}");
        Native.TakeMessage(err);
        nint tm = Native.LLVMCreateTargetMachine(target, triple, cpu, features, optLevel, Native.RelocPic, Native.CodeModelDefault);
        if (tm == 0) throw new LlvmException($"LLVMCreateTargetMachine failed for '{triple}' (cpu '{cpu}')");
        return new LlvmTargetMachine(tm, triple, cpu, features, optLevel);
    }

    /// <summary>ABI size in bytes of <paramref name="type"/> (including tail padding), as <c>malloc</c> would need.</summary>
    public ulong AbiSizeOf(LlvmType type) => Native.LLVMABISizeOfType(TargetData, type.H);
    /// <summary>ABI alignment in bytes of <paramref name="type"/>.</summary>
    public uint AbiAlignmentOf(LlvmType type) => Native.LLVMABIAlignmentOfType(TargetData, type.H);
    /// <summary>Byte offset of field <paramref name="index"/> in <paramref name="structType"/>.</summary>
    public ulong OffsetOfField(LlvmType structType, int index)
    {
        if (!structType.IsStruct) throw new ArgumentException($"{structType} is not a struct type", nameof(structType));
        if ((uint)index >= (uint)structType.StructElementCount) throw new ArgumentOutOfRangeException(nameof(index));
        return Native.LLVMOffsetOfElement(TargetData, structType.H, (uint)index);
    }

    private static void InitializeTargets()
    {
        lock (InitLock)
        {
            if (_initialized) return;
            switch (RuntimeInformation.ProcessArchitecture)
            {
                case Architecture.Arm64:
                    Native.LLVMInitializeAArch64TargetInfo();
                    Native.LLVMInitializeAArch64Target();
                    Native.LLVMInitializeAArch64TargetMC();
                    Native.LLVMInitializeAArch64AsmPrinter();
                    Native.LLVMInitializeAArch64AsmParser();
                    break;
                default:
                    Native.LLVMInitializeX86TargetInfo();
                    Native.LLVMInitializeX86Target();
                    Native.LLVMInitializeX86TargetMC();
                    Native.LLVMInitializeX86AsmPrinter();
                    Native.LLVMInitializeX86AsmParser();
                    break;
            }
            _initialized = true;
        }
    }

    public void Dispose()
    {
        if (_targetData != 0) { Native.LLVMDisposeTargetData(_targetData); _targetData = 0; }
        if (_handle != 0) { Native.LLVMDisposeTargetMachine(_handle); _handle = 0; }
    }
}
