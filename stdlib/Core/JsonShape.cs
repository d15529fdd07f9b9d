using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Mesh.Runtime.Memory;

namespace Mesh.Stdlib.Core;

/// <summary>
/// The concrete type of a value that <c>Json.encode</c> or <c>T.from_json</c> works on, read from the
/// description the compiler passes (its grammar is in compiler/Mesh.Compiler/Mir/MirLowering.Json.cs).
/// It says how the value is laid out in memory (docs/architecture.md, "Values") and how it looks in JSON.
/// </summary>
internal abstract class JsonShape
{
    /// <summary>The type's name for error messages: "Int", "List<String>", "User".</summary>
    public abstract string Name { get; }

    private static readonly ConcurrentDictionary<nint, JsonShape> s_cache = new();

    /// <summary>
    /// The shape described by a compiler-emitted constant string. Those live as long as the program,
    /// so their address identifies them.
    /// </summary>
    public static unsafe JsonShape Of(MeshString* description)
        => s_cache.TryGetValue((nint)description, out var shape)
            ? shape
            : s_cache.GetOrAdd((nint)description, Parse(Encoding.UTF8.GetString(MeshString.Span(description))));

    public static JsonShape Parse(string text)
    {
        var lines = text.Split('\n');
        var entries = new JsonShape[lines.Length - 1];
        for (var i = 1; i < lines.Length; i++)
        {
            var words = lines[i].Split(' ');
            entries[i - 1] = lines[i][0] == 'S' ? new StructShape(words[0][1..]) : new SumShape(words[0][1..]);
        }
        for (var i = 1; i < lines.Length; i++)
        {
            var words = lines[i].Split(' ');
            switch (entries[i - 1])
            {
                case StructShape s:
                    foreach (var word in words.Skip(1))
                    {
                        var colon = word.IndexOf(':');
                        var pos = colon + 1;
                        s.Fields.Add((word[..colon], Encoding.UTF8.GetBytes(word[..colon]), Type(word, ref pos, entries)));
                    }
                    break;
                case SumShape u:
                    foreach (var word in words.Skip(1))
                    {
                        var colon = word.IndexOf(':');
                        var pos = colon + 1;
                        var fields = new List<JsonShape>();
                        while (pos < word.Length) fields.Add(Type(word, ref pos, entries));
                        u.Variants.Add((word[..colon], Encoding.UTF8.GetBytes(word[..colon]), [.. fields]));
                    }
                    break;
            }
        }
        var start = 0;
        return Type(lines[0], ref start, entries);
    }

    private static JsonShape Type(string text, ref int pos, JsonShape[] entries)
    {
        var c = text[pos++];
        switch (c)
        {
            case 'i': return PrimitiveShape.Int;
            case 'f': return PrimitiveShape.Float;
            case 'b': return PrimitiveShape.Bool;
            case 's': return PrimitiveShape.String;
            case 'j': return PrimitiveShape.Json;
            case 'u': return PrimitiveShape.Unit;
            case 'l': return new ListShape(Type(text, ref pos, entries));
            case 'o': return new OptionShape(Type(text, ref pos, entries));
            case 'm': return new MapShape(Type(text, ref pos, entries));
            case '#':
                {
                    var start = pos;
                    while (pos < text.Length && char.IsAsciiDigit(text[pos])) pos++;
                    return entries[int.Parse(text.AsSpan(start, pos - start), CultureInfo.InvariantCulture)];
                }
            default:
                throw new FormatException($"bad JSON type description '{text}' at {pos - 1}");
        }
    }
}

internal enum PrimitiveKind
{
    Int,
    Float,
    Bool,
    String,
    Json,

    /// <summary>(), or a type the compiler left open: written as null; any JSON value reads as ().</summary>
    Unit,
}

internal sealed class PrimitiveShape(PrimitiveKind kind) : JsonShape
{
    public static readonly PrimitiveShape Int = new(PrimitiveKind.Int);
    public static readonly PrimitiveShape Float = new(PrimitiveKind.Float);
    public static readonly PrimitiveShape Bool = new(PrimitiveKind.Bool);
    public static readonly PrimitiveShape String = new(PrimitiveKind.String);
    public static readonly PrimitiveShape Json = new(PrimitiveKind.Json);
    public static readonly PrimitiveShape Unit = new(PrimitiveKind.Unit);

    public PrimitiveKind Kind { get; } = kind;

    public override string Name => Kind.ToString();
}

/// <summary>A list (<c>{ len, items, … }</c>, runtime/native/mesh_list.h); a JSON array.</summary>
internal sealed class ListShape(JsonShape item) : JsonShape
{
    public JsonShape Item { get; } = item;

    public override string Name => $"List<{Item.Name}>";
}

/// <summary><c>{ i64 tag (0 Some, 1 None), slot }</c>; None is null, Some(x) is x.</summary>
internal sealed class OptionShape(JsonShape inner) : JsonShape
{
    public JsonShape Inner { get; } = inner;

    public override string Name => $"Option<{Inner.Name}>";
}

/// <summary><c>Map&lt;String, V&gt;</c> (runtime/native/mesh_maps.c); a JSON object, keys in the map's (insertion) order.</summary>
internal sealed class MapShape(JsonShape value) : JsonShape
{
    public JsonShape Value { get; } = value;

    public override string Name => $"Map<String, {Value.Name}>";
}

/// <summary>A struct: one slot per field in declaration order; a JSON object with those keys in that order.</summary>
internal sealed class StructShape(string name) : JsonShape
{
    public override string Name { get; } = name;

    public List<(string Name, byte[] Key, JsonShape Shape)> Fields { get; } = [];
}

/// <summary>A sum type: <c>{ i64 tag, fields... }</c>; JSON <c>{"tag":"Variant","fields":[...]}</c>.</summary>
internal sealed class SumShape(string name) : JsonShape
{
    public override string Name { get; } = name;

    public List<(string Name, byte[] Key, JsonShape[] Fields)> Variants { get; } = [];
}
