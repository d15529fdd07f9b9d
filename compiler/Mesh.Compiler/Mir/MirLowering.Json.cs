using System.Globalization;
using System.Text;
using Mesh.Compiler.Semantics;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Mir;

// JSON conversion. `Json.encode(value)` and `T.from_json(text)` pass the runtime (stdlib/Core/Json*.cs)
// the value together with a description of its concrete type, a constant string built here; the
// runtime walks the value (or the parsed document) guided by it. One description per concrete type
// replaces a generated encoder and decoder per type, and keeps the JSON rules in one place.
//
// The description, read by stdlib/Core/JsonShape.cs (keep the two in step):
//
//   description := type ('\n' entry)*           the first line is the value's type
//   type        := 'i' Int | 'f' Float | 'b' Bool | 's' String | 'j' Json
//                | 'u'       () or a type inference left open: written as null; any JSON value reads as ()
//                | 'l' type  List | 'o' type  Option | 'm' type  Map<String, type>
//                | '#' digits                     the entry with that index (0-based)
//   entry       := 'S' Name (' ' field ':' type)*                 struct: fields in slot order
//                | 'U' Name (' ' Variant ':' type*)*              sum type: variants in tag order
//
// Names are identifiers, so they need no quoting; every type is self-delimiting. Entries make
// recursive types (a Tree holding a List<Tree>) finite.
public sealed partial class MirLowering
{
    private readonly Dictionary<MeshType, string> _jsonDescriptions = [];

    /// <summary>The description of a concrete type for the JSON runtime functions.</summary>
    private string JsonDescription(MeshType type)
    {
        if (!_jsonDescriptions.TryGetValue(type, out var text))
        {
            var entries = new List<string>();
            var indices = new Dictionary<MeshType, int>();
            var root = JsonType(type, entries, indices);
            text = string.Join("\n", entries.Prepend(root));
            _jsonDescriptions[type] = text;
        }
        return text;
    }

    private string JsonType(MeshType type, List<string> entries, Dictionary<MeshType, int> indices)
    {
        if (type is not TypeCon con)
        {
            // Left unconstrained by inference: lowered as unit, like `[]`'s items.
            return "u";
        }
        switch (con.Name)
        {
            case "()": return "u";
            case "Int": return "i";
            case "Float": return "f";
            case "Bool": return "b";
            case "String": return "s";
            case "Json": return "j";
            case "List": return "l" + JsonType(con.Args[0], entries, indices);
            case "Map": return "m" + JsonType(con.Args[1], entries, indices); // the checker made sure keys are Strings
        }
        var def = _program.DefinitionOf(con) ?? throw new InvalidOperationException($"no JSON form for {TypeFormatter.Format(type)}");
        if (def == BuiltinTypes.Option)
        {
            return "o" + JsonType(con.Args[0], entries, indices);
        }
        if (indices.TryGetValue(con, out var known))
        {
            return "#" + known.ToString(CultureInfo.InvariantCulture);
        }
        var index = entries.Count;
        indices[con] = index;
        entries.Add("");
        var entry = new StringBuilder();
        if (def.Kind == TypeDefinitionKind.Struct)
        {
            entry.Append('S').Append(def.Name);
            foreach (var field in def.Fields)
            {
                entry.Append(' ').Append(field.Name).Append(':').Append(JsonType(Substitution.Instantiate(field.Type, con.Args), entries, indices));
            }
        }
        else
        {
            entry.Append('U').Append(def.Name);
            foreach (var variant in def.Variants)
            {
                entry.Append(' ').Append(variant.Name).Append(':');
                foreach (var field in variant.Fields)
                {
                    entry.Append(JsonType(Substitution.Instantiate(field.Type, con.Args), entries, indices));
                }
            }
        }
        entries[index] = entry.ToString();
        return "#" + index.ToString(CultureInfo.InvariantCulture);
    }

    private sealed partial class FunctionLowering
    {
        /// <summary><c>Json.encode(value)</c>: the value as an 8-byte word, and its type's description.</summary>
        private MirOperand LowerJsonEncode(MirOperand value, MeshType type, TextSpan site)
        {
            var word = Temp(MirType.Slot);
            _b.Emit(new ToSlotInst(word, value));
            // Panics when the value is nested too deeply or the text would be too long.
            return EmitRuntimeAt(site, RuntimeFunctions.JsonEncode, new LocalOperand(word), new StringConst(_owner.JsonDescription(type)));
        }

        /// <summary><c>T.from_row(row)</c>: a <c>Result&lt;T, String&gt;</c> built by the runtime from the struct's description.</summary>
        private MirOperand LowerRowDecode(MirOperand row, MeshType type)
            => EmitRuntime(RuntimeFunctions.RowDecode, row, new StringConst(_owner.JsonDescription(type)));

        /// <summary><c>T.from_json(text)</c>: a <c>Result&lt;T, String&gt;</c> built by the runtime.</summary>
        private MirOperand LowerJsonDecode(MirOperand text, MeshType type)
            => EmitRuntime(RuntimeFunctions.JsonDecode, text, new StringConst(_owner.JsonDescription(type)));
    }
}
