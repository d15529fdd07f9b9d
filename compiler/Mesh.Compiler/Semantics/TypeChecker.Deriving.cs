using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Syntax.Ast;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Semantics;

// deriving(Json): which types convert to and from JSON, and the check that every field of a type
// deriving it does (E0038).
public sealed partial class TypeChecker
{
    /// <summary>
    /// Whether a type converts to and from JSON: Int, Float, Bool, String, the opaque Json type, ()
    /// (null), List, Option (None is null), Map with String keys, and types deriving Json, as long as every
    /// component does; <paramref name="components"/> checks those (still-generic ones become bounds).
    /// </summary>
    private bool JsonConvertible(TypeCon type, Func<IEnumerable<MeshType>, bool> components)
    {
        switch (type.Name)
        {
            case "Int" or "Float" or "Bool" or "String" or "Json" or "()":
                return true;
            case "List":
                return components(type.Args);
            case "Map":
                return type.Args.Length == 2 && _types.Resolve(type.Args[0]) is not TypeCon { Name: not "String" } && components(type.Args);
        }
        if (DefinitionOf(type) is not { } def || (def != BuiltinTypes.Option && !def.Derives.Contains(Trait.Json.Name)))
        {
            return false;
        }
        var fields = def.Kind == TypeDefinitionKind.Struct ? def.Fields : [.. def.Variants.SelectMany(v => v.Fields)];
        return components(fields.Select(f => Substitution.Instantiate(f.Type, type.Args)));
    }

    /// <summary>Why a field type cannot be converted to JSON, or null when it can (type parameters can: each use is checked).</summary>
    private string? WhyNotJson(MeshType type)
    {
        switch (_types.Resolve(type))
        {
            case TypeParam or TypeVar:
                return null;
            case FunType:
                return "functions cannot be converted to JSON";
            case TypeCon { Name: MeshType.ErrorName or "Int" or "Float" or "Bool" or "String" or "Json" or "()" }:
                return null;
            case TypeCon { Name: "List" } list:
                return WhyNotJson(list.Args[0]);
            case TypeCon { Name: "Map" } map when map.Args.Length == 2:
                return _types.Resolve(map.Args[0]) is TypeCon { Name: not "String" and not MeshType.ErrorName } key
                    ? $"JSON object keys are strings, not {TypeFormatter.Format(key)}"
                    : WhyNotJson(map.Args[1]);
            case TypeCon { Name: "Pid" }:
                return "a process id means nothing outside this program";
            case TypeCon { Name: MeshType.TupleName }:
                return "tuples have no JSON form; use a struct deriving Json";
            case TypeCon con when DefinitionOf(con) is { } def:
                if (def == BuiltinTypes.Option)
                {
                    return WhyNotJson(con.Args[0]);
                }
                if (!def.Derives.Contains(Trait.Json.Name))
                {
                    return def.Module.Length == 0
                        ? $"{def.Name} has no JSON form"
                        : $"`{def.Name}` does not derive Json; add `deriving(Json)` to its definition";
                }
                foreach (var arg in con.Args)
                {
                    if (WhyNotJson(arg) is { } reason)
                    {
                        return reason;
                    }
                }
                return null;
            case TypeCon con:
                return $"{TypeFormatter.Format(con)} has no JSON form";
            default:
                return null;
        }
    }

    /// <summary>E0038 for every field of a type deriving Json that cannot be converted; runs once every module's types are defined.</summary>
    private void CheckDerivedJsonFields()
    {
        foreach (var ((moduleName, name), (syntax, module)) in _typeSyntax)
        {
            if (!_typeDefs.TryGetValue((moduleName, name), out var def) || !def.Derives.Contains(Trait.Json.Name))
            {
                continue;
            }
            switch (syntax)
            {
                case StructDef s:
                    foreach (var field in def.Fields)
                    {
                        var fieldSyntax = s.Fields.FirstOrDefault(f => f.Name == field.Name);
                        ReportNonJson(module, def, field.Type, $"field `{field.Name}`", fieldSyntax?.Type?.Span ?? fieldSyntax?.Span ?? def.Span);
                    }
                    break;
                case SumTypeDef sum:
                    foreach (var variant in def.Variants)
                    {
                        var variantSyntax = sum.Variants.FirstOrDefault(v => v.Name == variant.Name);
                        for (var i = 0; i < variant.Fields.Length; i++)
                        {
                            var fieldSyntax = variantSyntax is not null && i < variantSyntax.Fields.Count ? variantSyntax.Fields[i] : null;
                            var what = variant.HasNamedFields ? $"field `{variant.Fields[i].Name}` of variant `{variant.Name}`" : $"field {i + 1} of variant `{variant.Name}`";
                            ReportNonJson(module, def, variant.Fields[i].Type, what, fieldSyntax?.Type?.Span ?? fieldSyntax?.Span ?? variantSyntax?.Span ?? def.Span);
                        }
                    }
                    break;
            }
        }
    }

    private void ReportNonJson(CheckedModule module, TypeDefinition def, MeshType fieldType, string what, TextSpan span)
    {
        if (WhyNotJson(fieldType) is not { } reason)
        {
            return;
        }
        Error(DiagnosticCode.NonSerializableField,
            $"`{def.Name}` derives Json, but its {what} has type {TypeFormatter.Format(_types.Resolve(fieldType))}, which cannot be converted to JSON",
            module.Source, span, "not convertible to JSON", reason);
    }

    /// <summary>E0039 for every field of a struct deriving Row that a column's text cannot become.</summary>
    private void CheckDerivedRowFields()
    {
        foreach (var ((moduleName, name), (syntax, module)) in _typeSyntax)
        {
            if (syntax is not StructDef s || !_typeDefs.TryGetValue((moduleName, name), out var def) || !def.Derives.Contains(Trait.Row.Name))
            {
                continue;
            }
            foreach (var field in def.Fields)
            {
                if (IsRowColumn(field.Type, optional: true))
                {
                    continue;
                }
                var fieldSyntax = s.Fields.FirstOrDefault(f => f.Name == field.Name);
                Error(DiagnosticCode.NonMappableField,
                    $"`{def.Name}` derives Row, but its field `{field.Name}` has type {TypeFormatter.Format(_types.Resolve(field.Type))}, which cannot be mapped from a database row",
                    module.Source, fieldSyntax?.Type?.Span ?? fieldSyntax?.Span ?? def.Span, "not a column type",
                    "a row's columns are text: fields must be Int, Float, Bool, String, or an Option of one of them (an empty column is None)");
            }
        }
    }

    private bool IsRowColumn(MeshType type, bool optional) => _types.Resolve(type) switch
    {
        TypeCon { Name: "Int" or "Float" or "Bool" or "String" or MeshType.ErrorName } => true,
        TypeCon { Name: "Option", Args: [var inner] } => optional && IsRowColumn(inner, optional: false),
        _ => false,
    };
}
