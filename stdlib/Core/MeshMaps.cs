using System.Runtime.InteropServices;
using Mesh.Runtime.Memory;

namespace Mesh.Stdlib.Core;

/// <summary>
/// The maps of runtime/native/mesh_maps.c as C# sees them, for the library functions that build or
/// read maps (JSON objects, database rows). A map with String keys uses key kind 1 (compared as
/// strings) and the FNV-1a hash of <c>mesh_string_hash</c>, like the code the compiler generates.
/// These calls allocate on the actor's heap (through mesh_alloc), so callers keep the maps and
/// keys they pass in locals.
/// </summary>
internal static unsafe partial class MeshMaps
{
    private const string Lib = "meshrt_native";

    private const long KindString = 1;

    [LibraryImport(Lib, EntryPoint = "mesh_map_new")]
    public static partial void* New();

    [LibraryImport(Lib, EntryPoint = "mesh_map_keys")]
    public static partial void* Keys(void* map);

    [LibraryImport(Lib, EntryPoint = "mesh_map_values")]
    public static partial void* Values(void* map);

    [LibraryImport(Lib, EntryPoint = "mesh_map_put")]
    private static partial void* Put(void* map, long key, long hash, long value, long kind, void* eq);

    [LibraryImport(Lib, EntryPoint = "mesh_map_find")]
    private static partial long Find(void* map, long key, long hash, long kind, void* eq);

    [LibraryImport(Lib, EntryPoint = "mesh_map_entry_value")]
    private static partial long EntryValue(void* map, long entry);

    /// <summary>The map with <paramref name="key"/> set to <paramref name="value"/> (a slot word).</summary>
    public static void* PutString(void* map, MeshString* key, long value) => Put(map, (long)key, Hash(MeshString.Span(key)), value, KindString, null);

    /// <summary>The value (a slot word) under a String key, if the map has it.</summary>
    public static bool TryGetString(void* map, MeshString* key, out long value)
    {
        var entry = Find(map, (long)key, Hash(MeshString.Span(key)), KindString, null);
        value = entry >= 0 ? EntryValue(map, entry) : 0;
        return entry >= 0;
    }

    /// <summary>FNV-1a, as <c>mesh_string_hash</c>.</summary>
    private static long Hash(ReadOnlySpan<byte> bytes)
    {
        var h = 0xcbf29ce484222325UL;
        foreach (var b in bytes)
        {
            h ^= b;
            h *= 0x100000001b3UL;
        }
        return (long)h;
    }
}
