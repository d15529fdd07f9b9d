using Mesh.Runtime.Memory;

namespace Mesh.Stdlib.Core;

/// <summary>
/// Option and Result values as compiled code lays them out (docs/architecture.md, "Values"):
/// <c>{ i64 tag, slot value }</c> on the current actor's heap, with Some and Ok tagged 0, None and Err
/// tagged 1. The one place the library builds or reads them.
/// </summary>
internal static unsafe class TaggedValues
{
    private const long TagFirst = 0;  // Some, Ok
    private const long TagSecond = 1; // None, Err

    public static long* Some(long value) => New(TagFirst, value);

    public static long* None() => New(TagSecond, 0);

    public static long* Ok(long value) => New(TagFirst, value);

    public static long* Err(long value) => New(TagSecond, value);

    public static long* Err(MeshString* message) => Err((long)message);

    public static bool IsSome(long* option) => option[0] == TagFirst;

    private static long* New(long tag, long value)
    {
        var cell = (long*)Heaps.Alloc(16);
        cell[0] = tag;
        cell[1] = value;
        return cell;
    }
}
