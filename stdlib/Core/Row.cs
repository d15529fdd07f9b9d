using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Mesh.Runtime.Memory;

namespace Mesh.Stdlib.Core;

/// <summary>
/// <c>T.from_row(row)</c> for <c>deriving(Row)</c>: a struct from a <c>Map&lt;String, String&gt;</c> of
/// column texts, guided by the struct's description (the one JSON uses, <see cref="JsonShape"/>; the
/// checker allows only Int, Float, Bool, String and Option of those as fields, E0039).
///
/// Column texts: Int and Float are parsed after trimming spaces (Float also takes PostgreSQL's
/// <c>Infinity</c>, <c>-Infinity</c> and <c>NaN</c>); Bool takes <c>t</c>/<c>true</c>/<c>1</c>/<c>yes</c>
/// and <c>f</c>/<c>false</c>/<c>0</c>/<c>no</c> in any case; String is taken as it is. An Option field
/// is None when its column is missing or empty. Any other missing column, or a text that does not
/// parse, is an Err naming the column.
/// </summary>
public static unsafe class Row
{
    /// <summary>The column names as immortal strings, per field of each described struct (for map lookups).</summary>
    private static readonly ConcurrentDictionary<StructShape, nint[]> s_columns = new();

    [UnmanagedCallersOnly(EntryPoint = "mesh_row_decode")]
    public static long* Decode(void* row, MeshString* description)
    {
        if (JsonShape.Of(description) is not StructShape shape)
        {
            return TaggedValues.Err(MeshString.FromSpan("from_row: not a struct"u8));
        }
        var columns = s_columns.GetOrAdd(shape, s => [.. s.Fields.Select(f => (nint)MeshString.Immortal(f.Key))]);
        var obj = (long*)Heaps.Alloc(8L * Math.Max(shape.Fields.Count, 1));
        for (var i = 0; i < shape.Fields.Count; i++)
        {
            var (name, _, fieldShape) = shape.Fields[i];
            var present = MeshMaps.TryGetString(row, (MeshString*)columns[i], out var word);
            var text = present ? MeshString.Span((MeshString*)word) : default;
            string? error;
            if (fieldShape is OptionShape option)
            {
                if (!present || text.IsEmpty)
                {
                    obj[i] = (long)TaggedValues.None();
                    continue;
                }
                if (!TryColumn(text, (MeshString*)word, (PrimitiveShape)option.Inner, out var inner, out error))
                {
                    return ColumnError(name, error);
                }
                obj[i] = (long)TaggedValues.Some(inner);
                continue;
            }
            if (!present)
            {
                return TaggedValues.Err(MeshString.FromSpan(Encoding.UTF8.GetBytes($"missing column `{name}`")));
            }
            if (!TryColumn(text, (MeshString*)word, (PrimitiveShape)fieldShape, out var value, out error))
            {
                return ColumnError(name, error);
            }
            obj[i] = value;
        }
        return TaggedValues.Ok((long)obj);
    }

    private static bool TryColumn(ReadOnlySpan<byte> text, MeshString* original, PrimitiveShape shape, out long value, out string error)
    {
        error = "";
        value = 0;
        var trimmed = Encoding.UTF8.GetString(text).Trim();
        switch (shape.Kind)
        {
            case PrimitiveKind.Int:
                if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)) return true;
                error = $"cannot parse '{trimmed}' as Int";
                return false;
            case PrimitiveKind.Float:
                {
                    double f;
                    var ok = trimmed switch
                    {
                        "Infinity" => (f = double.PositiveInfinity) > 0,
                        "-Infinity" => (f = double.NegativeInfinity) < 0,
                        "NaN" => double.IsNaN(f = double.NaN),
                        _ => double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out f),
                    };
                    value = BitConverter.DoubleToInt64Bits(f);
                    if (!ok) error = $"cannot parse '{trimmed}' as Float";
                    return ok;
                }
            case PrimitiveKind.Bool:
                switch (trimmed.ToLowerInvariant())
                {
                    case "t" or "true" or "1" or "yes":
                        value = 1;
                        return true;
                    case "f" or "false" or "0" or "no":
                        value = 0;
                        return true;
                }
                error = $"cannot parse '{trimmed}' as Bool";
                return false;
            default:
                value = (long)original; // String: the column's text as it is
                return true;
        }
    }

    private static long* ColumnError(string column, string error)
        => TaggedValues.Err(MeshString.FromSpan(Encoding.UTF8.GetBytes($"column `{column}`: {error}")));
}
