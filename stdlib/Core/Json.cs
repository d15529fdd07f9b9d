using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Mesh.Runtime.Memory;

namespace Mesh.Stdlib.Core;

/// <summary>
/// The JSON/Json module and deriving(Json): <c>Json.encode(value)</c>, <c>T.from_json(text)</c>,
/// <c>JSON.parse</c>, <c>encode_string</c>, <c>get</c> and <c>get_nested</c>.
///
/// Encoding walks a Mesh value guided by its <see cref="JsonShape"/> and allocates only the result.
/// Decoding parses into managed <see cref="JsonNode"/>s (no Mesh pointers, so collections cannot
/// hurt them), then builds the Mesh value top-down: each object is allocated before its fields are
/// decoded and every field is stored into it at once, so everything built is reachable from a local
/// on the actor's stack, which the conservative collector scans. Results use the runtime's layouts
/// (docs/architecture.md, "Values"); a Result is <c>{ tag (0 Ok, 1 Err), value }</c>. The opaque Json
/// type is held as its compact JSON text.
/// </summary>
public static unsafe class Json
{
    /// <summary>
    /// Values nested deeper than this (in JSON arrays and objects) are not encoded: the walk runs on
    /// the actor's stack. <c>mesh_json_encode</c> (runtime/native/stdlib_json.c) panics instead.
    /// </summary>
    internal const int MaxEncodeDepth = 256;

    /// <summary>
    /// C# half of <c>mesh_json_encode</c>: the JSON text of <paramref name="value"/> (an 8-byte slot
    /// word), or null with <paramref name="failure"/> = 1 when it is nested too deeply, 2 when the text
    /// would be longer than the longest possible string.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_rt_json_encode")]
    public static MeshString* Encode(long value, MeshString* description, int* failure)
    {
        var writer = new JsonWriter();
        if (!Write(writer, value, JsonShape.Of(description), 0))
        {
            *failure = 1;
            return null;
        }
        if (writer.Overflowed)
        {
            *failure = 2;
            return null;
        }
        return MeshString.FromSpan(writer.Written);
    }

    private static bool Write(JsonWriter w, long word, JsonShape shape, int depth)
    {
        switch (shape)
        {
            case PrimitiveShape p:
                switch (p.Kind)
                {
                    case PrimitiveKind.Int: w.Int(word); break;
                    case PrimitiveKind.Float: w.Float(BitConverter.Int64BitsToDouble(word)); break;
                    case PrimitiveKind.Bool: w.Bool(word != 0); break;
                    case PrimitiveKind.String: w.String(MeshString.Span((MeshString*)word)); break;
                    case PrimitiveKind.Json: w.Raw(MeshString.Span((MeshString*)word)); break; // already compact JSON
                    default: w.Raw("null"u8); break;
                }
                return true;
            case OptionShape o:
                {
                    var option = (long*)word;
                    if (TaggedValues.IsSome(option)) return Write(w, option[1], o.Inner, depth);
                    w.Raw("null"u8);
                    return true;
                }
        }
        if (++depth > MaxEncodeDepth || w.Overflowed) return false;
        var obj = (long*)word;
        switch (shape)
        {
            case ListShape l:
                {
                    // through the items pointer: the list may be a view (runtime/native/mesh_list.h)
                    var items = (long*)obj[1];
                    w.Byte((byte)'[');
                    for (long i = 0; i < obj[0]; i++)
                    {
                        if (i > 0) w.Byte((byte)',');
                        if (!Write(w, items[i], l.Item, depth)) return false;
                    }
                }
                w.Byte((byte)']');
                return true;
            case StructShape s:
                w.Byte((byte)'{');
                for (var i = 0; i < s.Fields.Count; i++)
                {
                    if (i > 0) w.Byte((byte)',');
                    w.String(s.Fields[i].Key);
                    w.Byte((byte)':');
                    if (!Write(w, obj[i], s.Fields[i].Shape, depth)) return false;
                }
                w.Byte((byte)'}');
                return true;
            case MapShape m:
                {
                    // Two lists of the live entries in insertion order; the locals keep them alive.
                    var keys = (long*)MeshMaps.Keys(obj);
                    var values = (long*)MeshMaps.Values(obj);
                    w.Byte((byte)'{');
                    for (long i = 0; i < keys[0]; i++)
                    {
                        if (i > 0) w.Byte((byte)',');
                        w.String(MeshString.Span((MeshString*)((long*)keys[1])[i]));
                        w.Byte((byte)':');
                        if (!Write(w, ((long*)values[1])[i], m.Value, depth)) return false;
                    }
                    w.Byte((byte)'}');
                    return true;
                }
            case SumShape u:
                {
                    var variant = u.Variants[(int)obj[0]];
                    w.Raw("{\"tag\":"u8);
                    w.String(variant.Key);
                    w.Raw(",\"fields\":["u8);
                    for (var i = 0; i < variant.Fields.Length; i++)
                    {
                        if (i > 0) w.Byte((byte)',');
                        if (!Write(w, obj[1 + i], variant.Fields[i], depth)) return false;
                    }
                    w.Raw("]}"u8);
                    return true;
                }
            default:
                throw new InvalidOperationException($"unknown JSON shape {shape.Name}");
        }
    }

    /// <summary>
    /// <c>T.from_json(text)</c>: <c>Ok(value)</c>, or <c>Err(message)</c> saying what is wrong and where
    /// (invalid JSON with its line and column; a missing field or a value of the wrong type with its path).
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_json_decode")]
    public static long* Decode(MeshString* text, MeshString* description)
    {
        var shape = JsonShape.Of(description);
        var node = JsonParser.Parse(MeshString.Span(text), out var error);
        if (node is null) return Err(error);
        var decoder = new Decoder();
        var value = decoder.Build(node, shape);
        return decoder.Failure is { } failure ? Err(failure) : TaggedValues.Ok(value);
    }

    /// <summary><c>JSON.parse(text)</c>: the document as a Json value (its compact text), or why it is not JSON.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_json_parse")]
    public static long* Parse(MeshString* text)
    {
        var node = JsonParser.Parse(MeshString.Span(text), out var error);
        if (node is null) return Err(error);
        return TaggedValues.Ok((long)Compact(node));
    }

    /// <summary><c>JSON.encode_string(s)</c>: a JSON string literal, quotes included.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_json_encode_string")]
    public static MeshString* EncodeString(MeshString* s)
    {
        var writer = new JsonWriter();
        writer.String(MeshString.Span(s));
        return MeshString.FromSpan(writer.Written);
    }

    /// <summary>
    /// <c>Json.get(text, key)</c>: the value of a key of the top-level object as text: a string's
    /// contents, a number as written, <c>true</c>/<c>false</c>, an array or object as compact JSON.
    /// Null, a missing key, a top level that is not an object and text that is not JSON all give "".
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_json_get")]
    public static MeshString* Get(MeshString* text, MeshString* key)
    {
        var node = JsonParser.Parse(MeshString.Span(text), out _);
        return FieldText(node, MeshString.Span(key));
    }

    /// <summary><c>Json.get_nested(text, k1, k2)</c>: <c>Json.get</c> of key k2 in the object under key k1.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_json_get_nested")]
    public static MeshString* GetNested(MeshString* text, MeshString* outer, MeshString* inner)
    {
        var node = JsonParser.Parse(MeshString.Span(text), out _);
        var middle = node is { Kind: JsonKind.Object } ? node.Get(MeshString.Span(outer)) : null;
        return FieldText(middle, MeshString.Span(inner));
    }

    private static MeshString* FieldText(JsonNode? node, ReadOnlySpan<byte> key)
    {
        if (node is not { Kind: JsonKind.Object } || node.Get(key) is not { } value) return Strings.Empty;
        switch (value.Kind)
        {
            case JsonKind.Null:
                return Strings.Empty;
            case JsonKind.String:
            case JsonKind.Number:
                return value.Text.Length == 0 ? Strings.Empty : MeshString.FromSpan(value.Text);
            default:
                return Compact(value);
        }
    }

    private static MeshString* Compact(JsonNode node)
    {
        var writer = new JsonWriter();
        writer.Node(node);
        return MeshString.FromSpan(writer.Written);
    }

    private static long* Err(string message) => TaggedValues.Err(MeshString.FromSpan(Encoding.UTF8.GetBytes(message)));

    /// <summary>Builds a Mesh value from a parsed document; stops at the first problem, remembering where it was.</summary>
    private sealed class Decoder
    {
        private readonly List<string> _path = [];

        public string? Failure { get; private set; }

        private long Fail(string message)
        {
            Failure ??= message;
            return 0;
        }

        private string PathText()
        {
            var sb = new StringBuilder();
            foreach (var segment in _path)
            {
                if (sb.Length > 0 && segment[0] != '[') sb.Append('.');
                sb.Append(segment);
            }
            return sb.ToString();
        }

        private long Mismatch(string expected, JsonNode found)
        {
            var message = $"expected {expected}, found {found.Describe()}";
            return Fail(_path.Count == 0 ? message : $"{(_path[0][0] == '[' ? "item" : "field")} `{PathText()}`: {message}");
        }

        /// <summary>Decodes the value under a path segment (a field name or "[index]").</summary>
        private long Child(string segment, JsonNode node, JsonShape shape)
        {
            _path.Add(segment);
            var value = Build(node, shape);
            _path.RemoveAt(_path.Count - 1);
            return value;
        }

        public long Build(JsonNode node, JsonShape shape)
        {
            switch (shape)
            {
                case PrimitiveShape p:
                    return Primitive(node, p);
                case OptionShape o:
                    {
                        if (node.Kind == JsonKind.Null) return (long)TaggedValues.None();
                        var inner = Build(node, o.Inner);
                        if (Failure is not null) return 0;
                        return (long)TaggedValues.Some(inner);
                    }
                case ListShape l:
                    {
                        if (node.Kind != JsonKind.Array) return Mismatch($"{l.Name} (an array)", node);
                        var count = node.Items.Count;
                        var list = (long*)Heaps.Alloc(16 + 8L * count);
                        list[0] = count;
                        list[1] = (long)(list + 2); // items pointer: a flat list (runtime/native/mesh_list.h)
                        for (var i = 0; i < count && Failure is null; i++)
                        {
                            list[2 + i] = Child(string.Create(CultureInfo.InvariantCulture, $"[{i}]"), node.Items[i], l.Item);
                        }
                        return (long)list;
                    }
                case StructShape s:
                    {
                        if (node.Kind != JsonKind.Object) return Mismatch($"{s.Name} (an object)", node);
                        var obj = (long*)Heaps.Alloc(8L * Math.Max(s.Fields.Count, 1));
                        for (var i = 0; i < s.Fields.Count && Failure is null; i++)
                        {
                            var (name, key, fieldShape) = s.Fields[i];
                            if (node.Get(key) is { } member)
                            {
                                obj[i] = Child(name, member, fieldShape);
                            }
                            else if (fieldShape is OptionShape)
                            {
                                obj[i] = (long)TaggedValues.None(); // an absent optional field is None
                            }
                            else
                            {
                                _path.Add(name);
                                Fail($"missing field `{PathText()}`");
                            }
                        }
                        return (long)obj;
                    }
                case SumShape u:
                    return Variant(node, u);
                case MapShape m:
                    {
                        if (node.Kind != JsonKind.Object) return Mismatch($"{m.Name} (an object)", node);
                        var map = MeshMaps.New();
                        foreach (var (key, member) in node.Members)
                        {
                            var value = Child(Encoding.UTF8.GetString(key), member, m.Value);
                            if (Failure is not null) return 0;
                            map = MeshMaps.PutString(map, key.Length == 0 ? Strings.Empty : MeshString.FromSpan(key), value);
                        }
                        return (long)map;
                    }
                default:
                    throw new InvalidOperationException($"unknown JSON shape {shape.Name}");
            }
        }

        /// <summary><c>{"tag": "Name", "fields": [...]}</c>; "fields" may be left out for a variant without fields.</summary>
        private long Variant(JsonNode node, SumShape u)
        {
            var expected = $"{u.Name} (an object with \"tag\" and \"fields\")";
            if (node.Kind != JsonKind.Object || node.Get("tag"u8) is not { Kind: JsonKind.String } tag) return Mismatch(expected, node);
            var index = u.Variants.FindIndex(v => v.Key.AsSpan().SequenceEqual(tag.Text));
            var where = _path.Count == 0 ? "" : $"field `{PathText()}`: ";
            if (index < 0)
            {
                var names = string.Join(", ", u.Variants.Select(v => v.Name));
                return Fail($"{where}unknown variant `{Encoding.UTF8.GetString(tag.Text)}` of {u.Name} (expected one of {names})");
            }
            var variant = u.Variants[index];
            var fields = node.Get("fields"u8);
            if (fields is null && variant.Fields.Length == 0)
            {
                fields = new JsonNode(JsonKind.Array);
            }
            if (fields is not { Kind: JsonKind.Array })
            {
                _path.Add("fields");
                return fields is null ? Fail($"missing field `{PathText()}`") : Mismatch("an array of the variant's fields", fields);
            }
            if (fields.Items.Count != variant.Fields.Length)
            {
                var n = variant.Fields.Length;
                return Fail($"{where}variant `{variant.Name}` of {u.Name} has {n} field{(n == 1 ? "" : "s")}, but \"fields\" has {fields.Items.Count}");
            }
            var obj = (long*)Heaps.Alloc(8L * (1 + variant.Fields.Length));
            obj[0] = index;
            _path.Add("fields");
            for (var i = 0; i < variant.Fields.Length && Failure is null; i++)
            {
                obj[1 + i] = Child(string.Create(CultureInfo.InvariantCulture, $"[{i}]"), fields.Items[i], variant.Fields[i]);
            }
            if (Failure is null) _path.RemoveAt(_path.Count - 1);
            return (long)obj;
        }

        private long Primitive(JsonNode node, PrimitiveShape p)
        {
            switch (p.Kind)
            {
                case PrimitiveKind.Int:
                    if (node.Kind != JsonKind.Number || node.Text.AsSpan().IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0)
                    {
                        return Mismatch("Int (a whole number)", node);
                    }
                    return long.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)
                        ? i
                        : Mismatch("Int (a whole number from -9223372036854775808 to 9223372036854775807)", node);
                case PrimitiveKind.Float:
                    {
                        if (node.Kind != JsonKind.Number) return Mismatch("Float (a number)", node);
                        var f = double.Parse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
                        return double.IsFinite(f) ? BitConverter.DoubleToInt64Bits(f) : Mismatch("Float (a number within Float's range)", node);
                    }
                case PrimitiveKind.Bool:
                    return node.Kind switch
                    {
                        JsonKind.True => 1,
                        JsonKind.False => 0,
                        _ => Mismatch("Bool (true or false)", node),
                    };
                case PrimitiveKind.String:
                    return node.Kind == JsonKind.String
                        ? (long)(node.Text.Length == 0 ? Strings.Empty : MeshString.FromSpan(node.Text))
                        : Mismatch("String", node);
                case PrimitiveKind.Json:
                    return (long)Compact(node);
                default:
                    return 0;
            }
        }
    }
}
