using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using Mesh.Runtime.Abi;
using Mesh.Runtime.Memory;

namespace Mesh.Stdlib.Core;

/// <summary>The Env module's C# part (Env.get is native: runtime/native/stdlib_io.c).</summary>
public static unsafe class Env
{
    /// <summary>
    /// Env.args: the command line as given to the program, the program's own name (argv[0]) first, as
    /// upstream's <c>std::env::args()</c>. Arguments that are not UTF-8 are decoded with U+FFFD for the
    /// bad bytes (upstream's Rust panics on them). A flat list <c>{ len, items, slots }</c> of strings on the
    /// caller's heap; empty when called outside a program started by mesh_rt_main.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_env_args")]
    public static long* Args()
    {
        var argc = RuntimeExports.Argv == null ? 0 : Math.Max(RuntimeExports.Argc, 0);
        var list = (long*)Heaps.Alloc(16 + 8L * argc);
        list[0] = argc;
        list[1] = (long)(list + 2); // items pointer: a flat list (runtime/native/mesh_list.h)
        for (var i = 0; i < argc; i++)
        {
            var arg = RuntimeExports.Argv[i];
            if (arg == null)
            {
                list[2 + i] = (long)Strings.Empty;
                continue;
            }
            var bytes = new ReadOnlySpan<byte>(arg, (int)Math.Min(strlen(arg), int.MaxValue));
            list[2 + i] = (long)(Utf8.IsValid(bytes)
                ? MeshString.FromSpan(bytes)
                : MeshString.FromSpan(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes))));
        }
        return list;
    }

    private static long strlen(byte* s)
    {
        long n = 0;
        while (s[n] != 0) n++;
        return n;
    }
}
