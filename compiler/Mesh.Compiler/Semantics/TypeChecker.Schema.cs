using System.Collections.Immutable;
using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Syntax.Ast;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Semantics;

/// <summary><c>belongs_to :user, User</c>, <c>has_many :posts, Post</c>, <c>has_one :profile, Profile</c>.</summary>
public sealed record SchemaRelationship(string Kind, string Name, TypeDefinition Target);

/// <summary>
/// What <c>deriving(Schema)</c> knows about a struct: its table, primary key, whether it has
/// timestamp columns, and its relationships, from the struct body's options.
/// </summary>
public sealed class SchemaInfo
{
    public string? Table { get; set; }

    public string PrimaryKey { get; set; } = "id";

    public bool Timestamps { get; set; }

    public List<SchemaRelationship> Relationships { get; } = [];
}

// deriving(Schema): struct options and the metadata functions `T.__table__()`, `T.__fields__()`, ...
// Every answer is known at compile time, so a call becomes a literal.
public sealed partial class TypeChecker
{
    /// <summary>The metadata functions every schema has besides the per-field <c>__&lt;field&gt;_col__</c>.</summary>
    private static readonly string[] SchemaFunctions =
        ["__table__", "__primary_key__", "__fields__", "__field_types__", "__relationships__", "__relationship_meta__"];

    /// <summary>Reads the struct body's options (<c>table "x"</c>, <c>primary_key :k</c>, ...); they need deriving(Schema).</summary>
    private void DefineSchema(TypeDefinition def, StructDef syntax, CheckedModule module)
    {
        var derives = def.Derives.Contains("Schema");
        if (derives)
        {
            def.Schema = new SchemaInfo();
        }
        var seen = new HashSet<string>();
        foreach (var option in syntax.Options)
        {
            if (option.Key is not { } key)
            {
                continue;
            }
            var span = option.KeyToken?.Span ?? option.Span;
            if (def.Schema is not { } schema)
            {
                Error(DiagnosticCode.MissingDerivePrerequisite, $"the struct option `{key}` needs `deriving(Schema)`", module.Source, span, "table metadata",
                    $"add `deriving(Schema)` after the end of `{def.Name}`");
                continue;
            }
            if (key is "table" or "primary_key" or "timestamps" && !seen.Add(key))
            {
                Error(DiagnosticCode.DuplicateDefinition, $"`{key}` is given twice for `{def.Name}`", module.Source, span, "given again here");
                continue;
            }
            var values = option.Values;
            switch (key)
            {
                case "table" when values is [StringExpr { PlainValue: { Length: > 0 } table }]:
                    schema.Table = table;
                    break;
                case "table":
                    SchemaOptionError(module, option, "`table` takes the table's name as a string", "write `table \"users\"`");
                    break;
                case "primary_key" when values is [AtomLiteralExpr { Name.Length: > 0 } pk]:
                    if (!def.Fields.Any(f => f.Name == pk.Name))
                    {
                        Error(DiagnosticCode.UnknownField, $"the primary key `{pk.Name}` is not a field of `{def.Name}`", module.Source, pk.Span, "no such field",
                            def.Fields.Length == 0 ? null : $"the fields are {string.Join(", ", def.Fields.Select(f => $"`{f.Name}`"))}");
                    }
                    schema.PrimaryKey = pk.Name;
                    break;
                case "primary_key":
                    SchemaOptionError(module, option, "`primary_key` takes a field name as an atom", "write `primary_key :uuid`");
                    break;
                case "timestamps" when values is [BoolLiteralExpr flag]:
                    schema.Timestamps = flag.Value;
                    break;
                case "timestamps":
                    SchemaOptionError(module, option, "`timestamps` takes true or false", "write `timestamps true`");
                    break;
                case "belongs_to" or "has_many" or "has_one" when values is [AtomLiteralExpr { Name.Length: > 0 } name, NameExpr { Name: { } targetName } target]:
                    if (LookupType(module.Name, targetName) is not { Kind: TypeDefinitionKind.Struct } targetDef)
                    {
                        var suggestion = NameSuggestions.Closest(targetName, VisibleTypeNames(module.Name));
                        Error(DiagnosticCode.UnboundName, $"unknown struct `{targetName}` in `{key}`", module.Source, target.Span, "not a struct in scope",
                            suggestion is null ? null : $"did you mean `{suggestion}`?");
                        break;
                    }
                    if (schema.Relationships.Any(r => r.Name == name.Name))
                    {
                        Error(DiagnosticCode.DuplicateDefinition, $"relationship `{name.Name}` is declared twice in `{def.Name}`", module.Source, name.Span, "declared again here");
                        break;
                    }
                    schema.Relationships.Add(new SchemaRelationship(key, name.Name, targetDef));
                    break;
                default:
                    SchemaOptionError(module, option, $"`{key}` takes a name and a struct", $"write `{key} :name, Type`");
                    break;
            }
        }
    }

    private void SchemaOptionError(CheckedModule module, StructOption option, string message, string hint)
        => Error(DiagnosticCode.TypeMismatch, message, module.Source, option.Span, "malformed option", hint);

    /// <summary>The table of a struct: its <c>table</c> option, else its name in lower case plus "s".</summary>
    private static string TableOf(TypeDefinition def) => def.Schema?.Table ?? def.Name.ToLowerInvariant() + "s";

    /// <summary>The columns: the fields in declaration order, then inserted_at and updated_at with <c>timestamps true</c>.</summary>
    private static IEnumerable<(string Name, string SqlType)> SchemaColumns(TypeDefinition def)
    {
        foreach (var field in def.Fields)
        {
            yield return (field.Name, SqlType(field.Type));
        }
        if (def.Schema is { Timestamps: true })
        {
            yield return ("inserted_at", "TEXT");
            yield return ("updated_at", "TEXT");
        }
    }

    /// <summary>Int → BIGINT, Float → DOUBLE PRECISION, Bool → BOOLEAN, <c>Option&lt;T&gt;</c> as T (a nullable column), anything else TEXT.</summary>
    private static string SqlType(MeshType type) => type switch
    {
        TypeCon { Name: "Int" } => "BIGINT",
        TypeCon { Name: "Float" } => "DOUBLE PRECISION",
        TypeCon { Name: "Bool" } => "BOOLEAN",
        TypeCon { Name: "Option", Args: [var inner] } => SqlType(inner),
        _ => "TEXT",
    };

    /// <summary>
    /// The value of a schema metadata function, or null when <paramref name="function"/> is not one:
    /// a String, or a List of Strings.
    /// </summary>
    private object? SchemaValue(TypeDefinition def, string function)
    {
        var schema = def.Schema!;
        switch (function)
        {
            case "__table__":
                return TableOf(def);
            case "__primary_key__":
                return schema.PrimaryKey;
            case "__fields__":
                return SchemaColumns(def).Select(c => c.Name).ToImmutableArray();
            case "__field_types__":
                return SchemaColumns(def).Select(c => $"{c.Name}:{c.SqlType}").ToImmutableArray();
            case "__relationships__":
                return schema.Relationships.Select(r => $"{r.Kind}:{r.Name}:{r.Target.Name}").ToImmutableArray();
            case "__relationship_meta__":
                return schema.Relationships.Select(r =>
                {
                    // belongs_to :user → user_id on this table; has_many/has_one → <this struct>_id on the target's.
                    var foreignKey = r.Kind == "belongs_to" ? $"{r.Name}_id" : $"{def.Name.ToLowerInvariant()}_id";
                    return $"{r.Kind}:{r.Name}:{r.Target.Name}:{foreignKey}:{TableOf(r.Target)}";
                }).ToImmutableArray();
        }
        if (function.StartsWith("__", StringComparison.Ordinal) && function.EndsWith("_col__", StringComparison.Ordinal) && function.Length > 8)
        {
            var column = function[2..^6];
            return SchemaColumns(def).Any(c => c.Name == column) ? column : null;
        }
        return null;
    }

    /// <summary>Every metadata function of a schema, for suggestions.</summary>
    private static IEnumerable<string> SchemaFunctionNames(TypeDefinition def)
        => SchemaFunctions.Concat(SchemaColumns(def).Select(c => $"__{c.Name}_col__"));

    /// <summary><c>User.__table__()</c> and friends: the call checked and replaced by its value.</summary>
    internal TExpr SchemaCall(TypeDefinition def, string function, int argCount, SourceText source, TextSpan nameSpan, TextSpan span)
    {
        if (SchemaValue(def, function) is not { } value)
        {
            var suggestion = NameSuggestions.Closest(function, SchemaFunctionNames(def));
            Error(DiagnosticCode.NoSuchMethod, $"`{def.Name}` has no schema function `{function}`", source, nameSpan, "unknown schema function",
                suggestion is null ? $"its schema functions are {string.Join(", ", SchemaFunctions)} and __<field>_col__" : $"did you mean `{suggestion}`?");
            return new TError(_types.Fresh(), span);
        }
        if (argCount != 0)
        {
            Error(DiagnosticCode.ArityMismatch, ArityMessage($"`{def.Name}.{function}`", 0, "argument", argCount), source, span);
        }
        return value switch
        {
            string text => new TStringLiteral(text, span),
            ImmutableArray<string> items => new TList([.. items.Select(i => (TExpr)new TStringLiteral(i, span))], MeshType.List(MeshType.String), span),
            _ => new TError(_types.Fresh(), span),
        };
    }
}
