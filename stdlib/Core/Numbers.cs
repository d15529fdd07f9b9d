using System.Runtime.InteropServices;

namespace Mesh.Stdlib.Core;

/// <summary>
/// The Math, Int and Float modules. Int is a 64-bit two's complement integer whose arithmetic wraps;
/// Float is an IEEE double.
///
/// Conversions from Float to Int (<c>Float.to_int</c>, <c>Math.floor</c>, <c>Math.ceil</c>,
/// <c>Math.round</c>) never fail: NaN gives 0, values beyond the Int range saturate to the largest or
/// smallest Int (the rule of Rust's <c>as</c>, where upstream's LLVM <c>fptosi</c> leaves the result
/// undefined).
/// </summary>
public static class Numbers
{
    /// <summary>|x|; wraps like negation, so <c>abs</c> of the smallest Int is itself.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_math_abs")]
    public static long Abs(long x) => x < 0 ? unchecked(-x) : x;

    [UnmanagedCallersOnly(EntryPoint = "mesh_math_min")]
    public static long Min(long a, long b) => Math.Min(a, b);

    [UnmanagedCallersOnly(EntryPoint = "mesh_math_max")]
    public static long Max(long a, long b) => Math.Max(a, b);

    // Float variants of Math.abs/min/max (MIR lowering picks one by argument type). min/max ignore a
    // NaN operand (IEEE minNum/maxNum, like upstream's llvm.minnum/maxnum).

    /// <summary>Math.pi, written without a call.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_math_pi")]
    public static double Pi() => Math.PI;

    [UnmanagedCallersOnly(EntryPoint = "mesh_math_abs_float")]
    public static double AbsFloat(double x) => Math.Abs(x);

    [UnmanagedCallersOnly(EntryPoint = "mesh_math_min_float")]
    public static double MinFloat(double a, double b) => double.IsNaN(a) ? b : double.IsNaN(b) ? a : Math.Min(a, b);

    [UnmanagedCallersOnly(EntryPoint = "mesh_math_max_float")]
    public static double MaxFloat(double a, double b) => double.IsNaN(a) ? b : double.IsNaN(b) ? a : Math.Max(a, b);

    /// <summary>IEEE pow (pow(x, 0) = 1 even for NaN x, pow(1, y) = 1).</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_math_pow")]
    public static double Pow(double x, double y) => Math.Pow(x, y);

    /// <summary>Square root; NaN for negative numbers.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_math_sqrt")]
    public static double Sqrt(double x) => Math.Sqrt(x);

    [UnmanagedCallersOnly(EntryPoint = "mesh_math_floor")]
    public static long Floor(double x) => ToInt(Math.Floor(x));

    [UnmanagedCallersOnly(EntryPoint = "mesh_math_ceil")]
    public static long Ceil(double x) => ToInt(Math.Ceiling(x));

    /// <summary>Nearest Int, halves away from zero (2.5 → 3, -2.5 → -3).</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_math_round")]
    public static long Round(double x) => ToInt(Math.Round(x, MidpointRounding.AwayFromZero));

    // Float.floor/ceil/round keep the Float type (Elixir's Float.floor, Gleam's float.floor), so they
    // are exact for every Float, NaN and infinities included; Math.floor/ceil/round give an Int.

    [UnmanagedCallersOnly(EntryPoint = "mesh_float_floor")]
    public static double FloorFloat(double x) => Math.Floor(x);

    [UnmanagedCallersOnly(EntryPoint = "mesh_float_ceil")]
    public static double CeilFloat(double x) => Math.Ceiling(x);

    /// <summary>The nearest whole Float, halves away from zero like Math.round (2.5 → 3.0, -2.5 → -3.0).</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_float_round")]
    public static double RoundFloat(double x) => Math.Round(x, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Float.to_precision (Gleam's): x rounded to <paramref name="digits"/> decimal places, halves away
    /// from zero (3.14159 → 3.14, 2.5 with 0 digits → 3.0); x is scaled by a power of ten first, so a
    /// decimal half whose double lies just below it may round down. Negative digits round to tens,
    /// hundreds, ...; more digits than a double holds leave x as it is.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_float_to_precision")]
    public static double ToPrecision(double x, long digits)
    {
        if (!double.IsFinite(x) || digits > 15) return x;
        if (digits >= 0) return Math.Round(x, (int)digits, MidpointRounding.AwayFromZero);
        if (digits < -308) return x == 0 ? x : Math.CopySign(0.0, x);
        var scale = Math.Pow(10, -digits);
        return Math.Round(x / scale, MidpointRounding.AwayFromZero) * scale;
    }

    [UnmanagedCallersOnly(EntryPoint = "mesh_int_to_float")]
    public static double IntToFloat(long x) => x;

    /// <summary>Truncates toward zero; NaN → 0, out of range → the nearest Int.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_float_to_int")]
    public static long FloatToInt(double x) => ToInt(x);

    private static long ToInt(double x)
    {
        if (double.IsNaN(x)) return 0;
        if (x >= 9223372036854775808.0) return long.MaxValue; // 2^63
        if (x < -9223372036854775808.0) return long.MinValue;
        return (long)x; // in range: truncates toward zero
    }
}
