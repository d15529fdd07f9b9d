namespace Mesh.Compiler.Llvm;

/// <summary>Thrown when LLVM reports an error (verifier, target lookup, pass pipeline, code emission).</summary>
public sealed class LlvmException : Exception
{
    public LlvmException(string message) : base(message) { }
}

/// <summary>Global linkage (values match LLVMLinkage).</summary>
public enum LlvmLinkage
{
    External = 0,
    AvailableExternally = 1,
    LinkOnceAny = 2,
    LinkOnceOdr = 3,
    WeakAny = 5,
    WeakOdr = 6,
    Appending = 7,
    Internal = 8,
    Private = 9,
    ExternalWeak = 12,
    Common = 14,
}

/// <summary>Symbol visibility (values match LLVMVisibility).</summary>
public enum LlvmVisibility { Default = 0, Hidden = 1, Protected = 2 }

/// <summary>unnamed_addr kind (values match LLVMUnnamedAddr).</summary>
public enum LlvmUnnamedAddr { None = 0, Local = 1, Global = 2 }

/// <summary>Calling conventions (values match LLVMCallConv).</summary>
public enum LlvmCallConv { C = 0, Fast = 8, Cold = 9, PreserveMost = 14, PreserveAll = 15 }

/// <summary>Tail-call marker on call instructions (values match LLVMTailCallKind).</summary>
public enum LlvmTailCallKind { None = 0, Tail = 1, MustTail = 2, NoTail = 3 }

/// <summary>Integer comparison predicates (values match LLVMIntPredicate).</summary>
public enum LlvmIntPredicate { Eq = 32, Ne, Ugt, Uge, Ult, Ule, Sgt, Sge, Slt, Sle }

/// <summary>Floating-point comparison predicates (values match LLVMRealPredicate). O = ordered, U = unordered.</summary>
public enum LlvmRealPredicate { False = 0, Oeq, Ogt, Oge, Olt, Ole, One, Ord, Uno, Ueq, Ugt, Uge, Ult, Ule, Une, True }

/// <summary>Type kinds (values match LLVMTypeKind).</summary>
public enum LlvmTypeKind
{
    Void = 0, Half, Float, Double, X86Fp80, Fp128, PpcFp128, Label, Integer, Function, Struct, Array, Pointer,
    Vector, Metadata, X86Mmx, Token, ScalableVector, BFloat, X86Amx, TargetExt,
}
