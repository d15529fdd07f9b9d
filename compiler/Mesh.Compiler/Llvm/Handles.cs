using System.Runtime.InteropServices;
using System.Text;

namespace Mesh.Compiler.Llvm;

/// <summary>Helpers shared by the wrappers: handle checks, span-to-pointer casts, UTF-8 strings.</summary>
internal static class Handles
{
    internal static nint Check(nint handle, string what) =>
        handle != 0 ? handle : throw new InvalidOperationException($"{what} is null (default or uninitialized LLVM handle)");

    internal static ReadOnlySpan<nint> Values(ReadOnlySpan<LlvmValue> values, string paramName)
    {
        foreach (var v in values)
            if (v.IsNull) throw new ArgumentException("contains a null LlvmValue", paramName);
        return MemoryMarshal.Cast<LlvmValue, nint>(values);
    }

    internal static ReadOnlySpan<nint> Types(ReadOnlySpan<LlvmType> types, string paramName)
    {
        foreach (var t in types)
            if (t.IsNull) throw new ArgumentException("contains a null LlvmType", paramName);
        return MemoryMarshal.Cast<LlvmType, nint>(types);
    }

    internal static ReadOnlySpan<nint> Blocks(ReadOnlySpan<LlvmBasicBlock> blocks, string paramName)
    {
        foreach (var b in blocks)
            if (b.IsNull) throw new ArgumentException("contains a null LlvmBasicBlock", paramName);
        return MemoryMarshal.Cast<LlvmBasicBlock, nint>(blocks);
    }

    internal static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
