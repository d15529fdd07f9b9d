namespace Mesh.Tests.TestSupport;

/// <summary>Reads an ELF executable's program headers: is it linked static (no loader, no shared libraries)?</summary>
public static class ElfFile
{
    private const uint PtDynamic = 2;
    private const uint PtInterp = 3;

    /// <summary>The p_type of every program header of a 64-bit little-endian ELF file.</summary>
    public static List<uint> ProgramHeaderTypes(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 64 || bytes[0] != 0x7f || bytes[1] != (byte)'E' || bytes[2] != (byte)'L' || bytes[3] != (byte)'F' || bytes[4] != 2)
        {
            throw new InvalidDataException($"{path} is not a 64-bit ELF file");
        }
        long phoff = BitConverter.ToInt64(bytes, 0x20);
        int phentsize = BitConverter.ToUInt16(bytes, 0x36);
        int phnum = BitConverter.ToUInt16(bytes, 0x38);
        var types = new List<uint>();
        for (int i = 0; i < phnum; i++)
        {
            types.Add(BitConverter.ToUInt32(bytes, (int)(phoff + i * phentsize)));
        }
        return types;
    }

    /// <summary>True when the file needs neither the dynamic loader nor any shared library.</summary>
    public static bool IsStatic(string path)
    {
        var types = ProgramHeaderTypes(path);
        return !types.Contains(PtInterp) && !types.Contains(PtDynamic);
    }

    /// <summary>The ELF type: 2 = ET_EXEC (fixed address), 3 = ET_DYN (PIE or shared object).</summary>
    public static int ElfType(string path)
    {
        using var f = File.OpenRead(path);
        var header = new byte[18];
        f.ReadExactly(header);
        return BitConverter.ToUInt16(header, 16);
    }
}
