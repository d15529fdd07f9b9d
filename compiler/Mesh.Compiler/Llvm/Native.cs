using System.Runtime.InteropServices;

namespace Mesh.Compiler.Llvm;

/// <summary>
/// Raw P/Invoke declarations for the subset of the LLVM-C API (LLVM 19) that code generation uses.
/// Every handle is a raw <see cref="nint"/>; LLVMBool is <see cref="int"/>; <c>char*</c> results that
/// LLVM allocates are returned as <see cref="nint"/> and must be released with
/// <see cref="LLVMDisposeMessage"/> (see <see cref="TakeMessage"/>). Use the typed wrappers
/// (<see cref="LlvmContext"/>, <see cref="LlvmModule"/>, <see cref="LlvmBuilder"/>, ...) instead of this class.
/// </summary>
internal static unsafe partial class Native
{
    private const string Lib = "LLVM-19";

    // ---- enums mirrored from the headers (only values we use) ----
    internal const int VerifierReturnStatusAction = 2;
    internal const int CodeGenAssemblyFile = 0;
    internal const int CodeGenObjectFile = 1;
    internal const int RelocPic = 2;
    internal const int CodeModelDefault = 0;
    internal const uint AttributeReturnIndex = 0;
    internal const uint AttributeFunctionIndex = uint.MaxValue;

    // ---- messages / errors ----
    [LibraryImport(Lib)] internal static partial void LLVMDisposeMessage(nint message);
    [LibraryImport(Lib)] internal static partial nint LLVMGetErrorMessage(nint error);
    [LibraryImport(Lib)] internal static partial void LLVMDisposeErrorMessage(nint message);

    /// <summary>Copies an LLVM-owned message into a managed string and frees it.</summary>
    internal static string TakeMessage(nint message)
    {
        if (message == 0) return "";
        try { return Marshal.PtrToStringUTF8(message) ?? ""; }
        finally { LLVMDisposeMessage(message); }
    }

    /// <summary>Copies a string that LLVM still owns (not freed).</summary>
    internal static string PeekString(nint s) => s == 0 ? "" : Marshal.PtrToStringUTF8(s) ?? "";

    /// <summary>Consumes an LLVMErrorRef: null means success, otherwise returns its message.</summary>
    internal static string? TakeError(nint error)
    {
        if (error == 0) return null;
        nint msg = LLVMGetErrorMessage(error); // consumes the error
        try { return Marshal.PtrToStringUTF8(msg) ?? "unknown LLVM error"; }
        finally { LLVMDisposeErrorMessage(msg); }
    }

    // ---- context ----
    [LibraryImport(Lib)] internal static partial nint LLVMContextCreate();
    [LibraryImport(Lib)] internal static partial void LLVMContextDispose(nint context);
    [LibraryImport(Lib)] internal static partial nint LLVMGetTypeContext(nint type);

    // ---- modules ----
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMModuleCreateWithNameInContext(string moduleId, nint context);
    [LibraryImport(Lib)] internal static partial void LLVMDisposeModule(nint module);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void LLVMSetTarget(nint module, string triple);
    [LibraryImport(Lib)] internal static partial nint LLVMGetTarget(nint module);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void LLVMSetDataLayout(nint module, string dataLayout);
    [LibraryImport(Lib)] internal static partial nint LLVMGetDataLayoutStr(nint module);
    [LibraryImport(Lib)] internal static partial nint LLVMPrintModuleToString(nint module);
    [LibraryImport(Lib)] internal static partial int LLVMVerifyModule(nint module, int action, out nint outMessage);
    [LibraryImport(Lib)] internal static partial void LLVMSetModuleInlineAsm2(nint module, byte* asm, nuint length);
    [LibraryImport(Lib)] internal static partial void LLVMAppendModuleInlineAsm(nint module, byte* asm, nuint length);
    [LibraryImport(Lib)]
    internal static partial nint LLVMGetInlineAsm(nint type, byte* asm, nuint asmSize, byte* constraints, nuint constraintsSize,
        int hasSideEffects, int isAlignStack, int dialect, int canThrow);

    // ---- types ----
    [LibraryImport(Lib)] internal static partial nint LLVMVoidTypeInContext(nint context);
    [LibraryImport(Lib)] internal static partial nint LLVMInt1TypeInContext(nint context);
    [LibraryImport(Lib)] internal static partial nint LLVMInt8TypeInContext(nint context);
    [LibraryImport(Lib)] internal static partial nint LLVMInt16TypeInContext(nint context);
    [LibraryImport(Lib)] internal static partial nint LLVMInt32TypeInContext(nint context);
    [LibraryImport(Lib)] internal static partial nint LLVMInt64TypeInContext(nint context);
    [LibraryImport(Lib)] internal static partial nint LLVMIntTypeInContext(nint context, uint bits);
    [LibraryImport(Lib)] internal static partial nint LLVMFloatTypeInContext(nint context);
    [LibraryImport(Lib)] internal static partial nint LLVMDoubleTypeInContext(nint context);
    [LibraryImport(Lib)] internal static partial nint LLVMPointerTypeInContext(nint context, uint addressSpace);
    [LibraryImport(Lib)] internal static partial nint LLVMFunctionType(nint returnType, nint* paramTypes, uint paramCount, int isVarArg);
    [LibraryImport(Lib)] internal static partial int LLVMIsFunctionVarArg(nint functionType);
    [LibraryImport(Lib)] internal static partial nint LLVMGetReturnType(nint functionType);
    [LibraryImport(Lib)] internal static partial uint LLVMCountParamTypes(nint functionType);
    [LibraryImport(Lib)] internal static partial void LLVMGetParamTypes(nint functionType, nint* dest);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMStructCreateNamed(nint context, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMGetTypeByName2(nint context, string name);
    [LibraryImport(Lib)] internal static partial nint LLVMStructTypeInContext(nint context, nint* elementTypes, uint count, int packed);
    [LibraryImport(Lib)] internal static partial void LLVMStructSetBody(nint structType, nint* elementTypes, uint count, int packed);
    [LibraryImport(Lib)] internal static partial nint LLVMGetStructName(nint structType);
    [LibraryImport(Lib)] internal static partial uint LLVMCountStructElementTypes(nint structType);
    [LibraryImport(Lib)] internal static partial nint LLVMStructGetTypeAtIndex(nint structType, uint index);
    [LibraryImport(Lib)] internal static partial int LLVMIsOpaqueStruct(nint structType);
    [LibraryImport(Lib)] internal static partial nint LLVMArrayType2(nint elementType, ulong count);
    [LibraryImport(Lib)] internal static partial ulong LLVMGetArrayLength2(nint arrayType);
    [LibraryImport(Lib)] internal static partial nint LLVMGetElementType(nint type);
    [LibraryImport(Lib)] internal static partial int LLVMGetTypeKind(nint type);
    [LibraryImport(Lib)] internal static partial uint LLVMGetIntTypeWidth(nint integerType);
    [LibraryImport(Lib)] internal static partial nint LLVMPrintTypeToString(nint type);
    [LibraryImport(Lib)] internal static partial nint LLVMTypeOf(nint value);
    [LibraryImport(Lib)] internal static partial nint LLVMGlobalGetValueType(nint global);

    // ---- constants ----
    [LibraryImport(Lib)] internal static partial nint LLVMConstInt(nint intType, ulong value, int signExtend);
    [LibraryImport(Lib)] internal static partial nint LLVMConstReal(nint realType, double value);
    [LibraryImport(Lib)] internal static partial nint LLVMConstNull(nint type);
    [LibraryImport(Lib)] internal static partial nint LLVMConstPointerNull(nint type);
    [LibraryImport(Lib)] internal static partial nint LLVMGetUndef(nint type);
    [LibraryImport(Lib)] internal static partial nint LLVMGetPoison(nint type);
    [LibraryImport(Lib)] internal static partial nint LLVMConstStringInContext2(nint context, byte* str, nuint length, int dontNullTerminate);
    [LibraryImport(Lib)] internal static partial nint LLVMConstArray2(nint elementType, nint* values, ulong count);
    [LibraryImport(Lib)] internal static partial nint LLVMConstStructInContext(nint context, nint* values, uint count, int packed);
    [LibraryImport(Lib)] internal static partial nint LLVMConstNamedStruct(nint structType, nint* values, uint count);
    [LibraryImport(Lib)] internal static partial nint LLVMSizeOf(nint type);
    [LibraryImport(Lib)] internal static partial long LLVMConstIntGetSExtValue(nint constant);
    [LibraryImport(Lib)] internal static partial int LLVMIsConstant(nint value);

    // ---- values in general ----
    [LibraryImport(Lib)] internal static partial void LLVMSetValueName2(nint value, byte* name, nuint length);
    [LibraryImport(Lib)] internal static partial nint LLVMGetValueName2(nint value, out nuint length);
    [LibraryImport(Lib)] internal static partial nint LLVMPrintValueToString(nint value);
    [LibraryImport(Lib)] internal static partial nint LLVMIsAFunction(nint value);

    // ---- globals ----
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMAddGlobal(nint module, nint type, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMGetNamedGlobal(nint module, string name);
    [LibraryImport(Lib)] internal static partial void LLVMSetInitializer(nint global, nint constant);
    [LibraryImport(Lib)] internal static partial nint LLVMGetInitializer(nint global);
    [LibraryImport(Lib)] internal static partial void LLVMSetLinkage(nint global, int linkage);
    [LibraryImport(Lib)] internal static partial int LLVMGetLinkage(nint global);
    [LibraryImport(Lib)] internal static partial void LLVMSetVisibility(nint global, int visibility);
    [LibraryImport(Lib)] internal static partial void LLVMSetGlobalConstant(nint global, int isConstant);
    [LibraryImport(Lib)] internal static partial void LLVMSetUnnamedAddress(nint global, int unnamedAddr);
    [LibraryImport(Lib)] internal static partial void LLVMSetAlignment(nint value, uint bytes);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void LLVMSetSection(nint global, string section);
    [LibraryImport(Lib)] internal static partial int LLVMIsDeclaration(nint global);

    // ---- functions ----
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMAddFunction(nint module, string name, nint functionType);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMGetNamedFunction(nint module, string name);
    [LibraryImport(Lib)] internal static partial uint LLVMCountParams(nint function);
    [LibraryImport(Lib)] internal static partial nint LLVMGetParam(nint function, uint index);
    [LibraryImport(Lib)] internal static partial void LLVMSetFunctionCallConv(nint function, uint callConv);
    [LibraryImport(Lib)] internal static partial uint LLVMGetFunctionCallConv(nint function);
    [LibraryImport(Lib)] internal static partial void LLVMSetInstructionCallConv(nint instruction, uint callConv);
    [LibraryImport(Lib)] internal static partial uint LLVMGetEnumAttributeKindForName(byte* name, nuint length);
    [LibraryImport(Lib)] internal static partial nint LLVMCreateEnumAttribute(nint context, uint kindId, ulong value);
    [LibraryImport(Lib)] internal static partial nint LLVMCreateStringAttribute(nint context, byte* key, uint keyLength, byte* value, uint valueLength);
    [LibraryImport(Lib)] internal static partial void LLVMAddAttributeAtIndex(nint function, uint index, nint attribute);
    [LibraryImport(Lib)] internal static partial void LLVMAddCallSiteAttribute(nint call, uint index, nint attribute);
    [LibraryImport(Lib)] internal static partial void LLVMDeleteFunction(nint function);

    // ---- basic blocks ----
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMAppendBasicBlockInContext(nint context, nint function, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMInsertBasicBlockInContext(nint context, nint beforeBlock, string name);
    [LibraryImport(Lib)] internal static partial nint LLVMGetEntryBasicBlock(nint function);
    [LibraryImport(Lib)] internal static partial nint LLVMGetBasicBlockTerminator(nint block);
    [LibraryImport(Lib)] internal static partial nint LLVMGetBasicBlockParent(nint block);
    [LibraryImport(Lib)] internal static partial nint LLVMGetBasicBlockName(nint block);
    [LibraryImport(Lib)] internal static partial nint LLVMGetFirstInstruction(nint block);
    [LibraryImport(Lib)] internal static partial void LLVMMoveBasicBlockAfter(nint block, nint movePos);

    // ---- builder ----
    [LibraryImport(Lib)] internal static partial nint LLVMCreateBuilderInContext(nint context);
    [LibraryImport(Lib)] internal static partial void LLVMDisposeBuilder(nint builder);
    [LibraryImport(Lib)] internal static partial void LLVMPositionBuilderAtEnd(nint builder, nint block);
    [LibraryImport(Lib)] internal static partial void LLVMPositionBuilderBefore(nint builder, nint instruction);
    [LibraryImport(Lib)] internal static partial nint LLVMGetInsertBlock(nint builder);

    [LibraryImport(Lib)] internal static partial nint LLVMBuildRet(nint b, nint value);
    [LibraryImport(Lib)] internal static partial nint LLVMBuildRetVoid(nint b);
    [LibraryImport(Lib)] internal static partial nint LLVMBuildBr(nint b, nint dest);
    [LibraryImport(Lib)] internal static partial nint LLVMBuildCondBr(nint b, nint cond, nint thenBlock, nint elseBlock);
    [LibraryImport(Lib)] internal static partial nint LLVMBuildSwitch(nint b, nint value, nint elseBlock, uint caseCount);
    [LibraryImport(Lib)] internal static partial void LLVMAddCase(nint @switch, nint onValue, nint dest);
    [LibraryImport(Lib)] internal static partial nint LLVMBuildUnreachable(nint b);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMBuildPhi(nint b, nint type, string name);
    [LibraryImport(Lib)] internal static partial void LLVMAddIncoming(nint phi, nint* values, nint* blocks, uint count);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMBuildAlloca(nint b, nint type, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMBuildLoad2(nint b, nint type, nint pointer, string name);
    [LibraryImport(Lib)] internal static partial nint LLVMBuildStore(nint b, nint value, nint pointer);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMBuildGEP2(nint b, nint type, nint pointer, nint* indices, uint count, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMBuildInBoundsGEP2(nint b, nint type, nint pointer, nint* indices, uint count, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMBuildStructGEP2(nint b, nint structType, nint pointer, uint index, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMBuildGlobalStringPtr(nint b, string str, string name);
    [LibraryImport(Lib)] internal static partial nint LLVMBuildMemCpy(nint b, nint dst, uint dstAlign, nint src, uint srcAlign, nint size);
    [LibraryImport(Lib)] internal static partial nint LLVMBuildMemSet(nint b, nint ptr, nint value, nint length, uint align);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildAdd(nint b, nint lhs, nint rhs, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildSub(nint b, nint lhs, nint rhs, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildMul(nint b, nint lhs, nint rhs, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildSDiv(nint b, nint lhs, nint rhs, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildUDiv(nint b, nint lhs, nint rhs, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildSRem(nint b, nint lhs, nint rhs, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildURem(nint b, nint lhs, nint rhs, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildShl(nint b, nint lhs, nint rhs, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildAShr(nint b, nint lhs, nint rhs, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildLShr(nint b, nint lhs, nint rhs, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildAnd(nint b, nint lhs, nint rhs, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildOr(nint b, nint lhs, nint rhs, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildXor(nint b, nint lhs, nint rhs, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildNeg(nint b, nint value, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildNot(nint b, nint value, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildFAdd(nint b, nint lhs, nint rhs, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildFSub(nint b, nint lhs, nint rhs, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildFMul(nint b, nint lhs, nint rhs, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildFDiv(nint b, nint lhs, nint rhs, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildFRem(nint b, nint lhs, nint rhs, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildFNeg(nint b, nint value, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildICmp(nint b, int predicate, nint lhs, nint rhs, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildFCmp(nint b, int predicate, nint lhs, nint rhs, string name);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildZExt(nint b, nint value, nint destType, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildSExt(nint b, nint value, nint destType, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildTrunc(nint b, nint value, nint destType, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildSIToFP(nint b, nint value, nint destType, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildUIToFP(nint b, nint value, nint destType, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildFPToSI(nint b, nint value, nint destType, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildFPToUI(nint b, nint value, nint destType, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildFPExt(nint b, nint value, nint destType, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildFPTrunc(nint b, nint value, nint destType, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildBitCast(nint b, nint value, nint destType, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildPtrToInt(nint b, nint value, nint destType, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial nint LLVMBuildIntToPtr(nint b, nint value, nint destType, string name);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMBuildSelect(nint b, nint cond, nint thenValue, nint elseValue, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMBuildCall2(nint b, nint functionType, nint function, nint* args, uint count, string name);
    [LibraryImport(Lib)] internal static partial void LLVMSetTailCallKind(nint call, int kind);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMBuildExtractValue(nint b, nint aggregate, uint index, string name);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMBuildInsertValue(nint b, nint aggregate, nint element, uint index, string name);

    // ---- targets ----
    [LibraryImport(Lib)] internal static partial void LLVMInitializeX86TargetInfo();
    [LibraryImport(Lib)] internal static partial void LLVMInitializeX86Target();
    [LibraryImport(Lib)] internal static partial void LLVMInitializeX86TargetMC();
    [LibraryImport(Lib)] internal static partial void LLVMInitializeX86AsmPrinter();
    [LibraryImport(Lib)] internal static partial void LLVMInitializeX86AsmParser();
    [LibraryImport(Lib)] internal static partial void LLVMInitializeAArch64TargetInfo();
    [LibraryImport(Lib)] internal static partial void LLVMInitializeAArch64Target();
    [LibraryImport(Lib)] internal static partial void LLVMInitializeAArch64TargetMC();
    [LibraryImport(Lib)] internal static partial void LLVMInitializeAArch64AsmPrinter();
    [LibraryImport(Lib)] internal static partial void LLVMInitializeAArch64AsmParser();

    [LibraryImport(Lib)] internal static partial nint LLVMGetDefaultTargetTriple();
    [LibraryImport(Lib)] internal static partial nint LLVMGetHostCPUName();
    [LibraryImport(Lib)] internal static partial nint LLVMGetHostCPUFeatures();
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int LLVMGetTargetFromTriple(string triple, out nint target, out nint errorMessage);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMCreateTargetMachine(nint target, string triple, string cpu, string features,
        int optLevel, int relocMode, int codeModel);
    [LibraryImport(Lib)] internal static partial void LLVMDisposeTargetMachine(nint targetMachine);
    [LibraryImport(Lib)] internal static partial nint LLVMCreateTargetDataLayout(nint targetMachine);
    [LibraryImport(Lib)] internal static partial void LLVMDisposeTargetData(nint targetData);
    [LibraryImport(Lib)] internal static partial nint LLVMCopyStringRepOfTargetData(nint targetData);
    [LibraryImport(Lib)] internal static partial ulong LLVMABISizeOfType(nint targetData, nint type);
    [LibraryImport(Lib)] internal static partial uint LLVMABIAlignmentOfType(nint targetData, nint type);
    [LibraryImport(Lib)] internal static partial ulong LLVMOffsetOfElement(nint targetData, nint structType, uint element);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int LLVMTargetMachineEmitToFile(nint targetMachine, nint module, string fileName,
        int fileType, out nint errorMessage);
    [LibraryImport(Lib)]
    internal static partial int LLVMTargetMachineEmitToMemoryBuffer(nint targetMachine, nint module, int fileType,
        out nint errorMessage, out nint memoryBuffer);
    [LibraryImport(Lib)] internal static partial nint LLVMGetBufferStart(nint memoryBuffer);
    [LibraryImport(Lib)] internal static partial nuint LLVMGetBufferSize(nint memoryBuffer);
    [LibraryImport(Lib)] internal static partial void LLVMDisposeMemoryBuffer(nint memoryBuffer);

    // ---- new pass manager ----
    [LibraryImport(Lib)] internal static partial nint LLVMCreatePassBuilderOptions();
    [LibraryImport(Lib)] internal static partial void LLVMDisposePassBuilderOptions(nint options);
    [LibraryImport(Lib)] internal static partial void LLVMPassBuilderOptionsSetVerifyEach(nint options, int verifyEach);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint LLVMRunPasses(nint module, string passes, nint targetMachine, nint options);
}
