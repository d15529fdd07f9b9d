using System.Collections.Frozen;

namespace Mesh.Compiler.Semantics.Stdlib;

/// <summary>
/// One standard-library function as the compiler sees it: its Mesh-visible module and name, its
/// type written in Mesh type syntax (lower-case single letters are type variables), and the C-ABI
/// symbol of its implementation in <c>stdlib/</c> (compiled into the runtime library).
/// </summary>
public sealed record StdlibFunction(string Module, string Name, string Signature, string Symbol)
{
    private FunType? _type;
    private System.Collections.Immutable.ImmutableArray<TypeBound> _bounds;

    /// <summary>The parsed signature; type variables are <see cref="TypeParam"/>s numbered by first use.</summary>
    public FunType Type => _type ??= StdlibSignature.Parse(Signature, out _bounds);

    /// <summary>Traits the type variables need (<c>where k: Eq</c>: map keys are compared and hashed).</summary>
    public System.Collections.Immutable.ImmutableArray<TypeBound> Bounds
    {
        get
        {
            _ = Type;
            return _bounds;
        }
    }

    public int TypeParamCount => StdlibSignature.CountParams(Type);

    public string QualifiedName => $"{Module}.{Name}";

    /// <summary>
    /// The implementation can panic (an empty list, a string too long): generated code records the
    /// call's source position first, so the panic is reported there rather than inside the runtime.
    /// </summary>
    public bool MayPanic { get; init; }

    /// <summary>A value written without a call (<c>Math.pi</c>); the function computes it.</summary>
    public bool IsConstant { get; init; }
}

/// <summary>
/// The table of standard-library functions that compiled code can call. Adding a function is one
/// row here plus its <c>[UnmanagedCallersOnly(EntryPoint = ...)]</c> implementation in <c>stdlib/</c>;
/// the type checker, MIR lowering and code generation need no other change.
/// </summary>
public static class StdlibCatalog
{
    private static readonly StdlibFunction[] Functions =
    [
        // List: items cross the ABI as 8-byte slots (runtime/native/mesh_lists.c)
        new("List", "new", "() -> List<a>", "mesh_list_new"),
        new("List", "length", "(List<a>) -> Int", "mesh_list_length"),
        new("List", "get", "(List<a>, Int) -> a", "mesh_list_get") { MayPanic = true },
        new("List", "nth", "(List<a>, Int) -> a", "mesh_list_get") { MayPanic = true },
        new("List", "head", "(List<a>) -> a", "mesh_list_head") { MayPanic = true },
        new("List", "last", "(List<a>) -> a", "mesh_list_last") { MayPanic = true },
        new("List", "tail", "(List<a>) -> List<a>", "mesh_list_tail") { MayPanic = true },
        new("List", "append", "(List<a>, a) -> List<a>", "mesh_list_append"),
        new("List", "prepend", "(List<a>, a) -> List<a>", "mesh_list_prepend"),
        new("List", "cons", "(a, List<a>) -> List<a>", "mesh_list_cons"),
        new("List", "concat", "(List<a>, List<a>) -> List<a>", "mesh_list_concat"),
        new("List", "reverse", "(List<a>) -> List<a>", "mesh_list_reverse"),
        new("List", "take", "(List<a>, Int) -> List<a>", "mesh_list_take"),
        new("List", "drop", "(List<a>, Int) -> List<a>", "mesh_list_drop"),
        new("List", "is_empty", "(List<a>) -> Bool", "mesh_list_is_empty"),
        new("List", "zip", "(List<a>, List<b>) -> List<(a, b)>", "mesh_list_zip"),
        new("List", "enumerate", "(List<a>) -> List<(Int, a)>", "mesh_list_enumerate"),
        new("List", "flatten", "(List<List<a>>) -> List<a>", "mesh_list_flatten"),

        // Processes (runtime/README.md, "Fault tolerance"): pids are Int at the ABI
        new("Process", "monitor", "(Pid<a>) -> Int", "mesh_process_monitor"),
        new("Process", "demonitor", "(Int) -> Bool", "mesh_process_demonitor"),
        new("Process", "link", "(Pid<a>) -> ()", "mesh_actor_link"),
        new("Process", "unlink", "(Pid<a>) -> ()", "mesh_actor_unlink"),
        new("Process", "trap_exit", "(Bool) -> ()", "mesh_actor_trap_exit"),
        new("Process", "register", "(String, Pid<a>) -> Int", "mesh_process_register"),
        new("Process", "whereis", "(String) -> Pid<a>", "mesh_process_whereis"),
        new("Process", "unregister", "(String) -> Bool", "mesh_process_unregister"),
        new("Process", "alive", "(Pid<a>) -> Bool", "mesh_process_alive"),
        new("Process", "exit", "(Pid<a>, ExitReason) -> ()", "@process_exit"),

        // Supervisors (Erlang's supervisor module): requests the supervisor serves between its
        // own restarts (runtime/native/mesh_supervisor.c). Children are named by their `child` id.
        new("Supervisor", "which_children", "(Pid<s>) -> List<(String, Option<Pid<a>>)> where s: Supervisor", "mesh_supervisor_which_children") { MayPanic = true },
        new("Supervisor", "count_children", "(Pid<s>) -> Supervisor.ChildCounts where s: Supervisor", "mesh_supervisor_count_children") { MayPanic = true },
        // OTP's start_child/2 with a child spec built by `Supervisor.child(id, start, restart:, shutdown:)`,
        // an intrinsic checked in TypeChecker.Supervisors.cs (its start function's captures are copied
        // to the supervisor, so it must be a closure written there or a function name).
        new("Supervisor", "child", "(String, Fun() -> Pid<m>) -> Supervisor.ChildSpec<m>", "@supervisor_child"),
        new("Supervisor", "start_child", "(Pid<s>, Supervisor.ChildSpec<m>) -> Result<Pid<m>, String> where s: Supervisor", "mesh_supervisor_start_child_spec"),
        new("Supervisor", "terminate_child", "(Pid<s>, String) -> Result<(), String> where s: Supervisor", "mesh_supervisor_terminate_child"),
        new("Supervisor", "restart_child", "(Pid<s>, String) -> Result<Pid<a>, String> where s: Supervisor", "mesh_supervisor_restart_child"),
        new("Supervisor", "delete_child", "(Pid<s>, String) -> Result<(), String> where s: Supervisor", "mesh_supervisor_delete_child"),
        // OTP's get_childspec/2: a child's spec as data (its start function stays in the supervisor)
        new("Supervisor", "get_childspec", "(Pid<s>, String) -> Result<Supervisor.ChildSpecInfo, String> where s: Supervisor", "mesh_supervisor_get_childspec"),

        // Timers
        new("Timer", "sleep", "(Int) -> ()", "mesh_timer_sleep"),
        new("Timer", "monotonic_ms", "() -> Int", "mesh_timer_monotonic_ms"),
        new("Timer", "send_after", "(Pid<a>, Int, a) -> ()", "@timer_send_after"),

        // Jobs: work in a new process, its result (or why it failed) sent back to the caller.
        // Generated inline (MirLowering.Services.cs); the function must be a closure literal or a
        // named function, so what it captures can be copied to the job (checked by the type checker).
        new("Job", "async", "(Fun() -> a) -> Pid<a>", "@job_async"),
        new("Job", "await", "(Pid<a>) -> Result<a, String>", "@job_await"),
        new("Job", "await_timeout", "(Pid<a>, Int) -> Result<a, String>", "@job_await_timeout"),
        new("Job", "map", "(List<a>, Fun(a) -> b) -> List<Result<b, String>>", "@job_map"),

        // Higher-order List functions are generated inline by MIR lowering ('@' symbols), so
        // the closures they call run as ordinary Mesh code.
        new("List", "map", "(List<a>, Fun(a) -> b) -> List<b>", "@list_map"),
        new("List", "filter", "(List<a>, Fun(a) -> Bool) -> List<a>", "@list_filter"),
        new("List", "reduce", "(List<a>, b, Fun(b, a) -> b) -> b", "@list_reduce"),
        new("List", "each", "(List<a>, Fun(a) -> b) -> ()", "@list_each"),
        new("List", "any", "(List<a>, Fun(a) -> Bool) -> Bool", "@list_any"),
        new("List", "all", "(List<a>, Fun(a) -> Bool) -> Bool", "@list_all"),
        new("List", "find", "(List<a>, Fun(a) -> Bool) -> Option<a>", "@list_find"),
        new("List", "contains", "(List<a>, a) -> Bool", "@list_contains"),
        new("List", "sort", "(List<a>, Fun(a, a) -> Int) -> List<a>", "@list_sort"),
        new("List", "flat_map", "(List<a>, Fun(a) -> List<b>) -> List<b>", "@list_flat_map"),

        // Map<K, V>: immutable, insertion-ordered, hashed (runtime/native/mesh_maps.c). Functions that
        // look keys up are generated inline ('@') so they can pass the key's hash and equality.
        new("Map", "new", "() -> Map<k, v>", "mesh_map_new"),
        new("Map", "put", "(Map<k, v>, k, v) -> Map<k, v> where k: Eq", "@map_put"),
        new("Map", "get", "(Map<k, v>, k) -> v where k: Eq", "@map_get"),
        new("Map", "get_or", "(Map<k, v>, k, v) -> v where k: Eq", "@map_get_or"),
        new("Map", "find", "(Map<k, v>, k) -> Option<v> where k: Eq", "@map_find"),
        new("Map", "has_key", "(Map<k, v>, k) -> Bool where k: Eq", "@map_has_key"),
        new("Map", "delete", "(Map<k, v>, k) -> Map<k, v> where k: Eq", "@map_delete"),
        new("Map", "size", "(Map<k, v>) -> Int", "mesh_map_size"),
        new("Map", "is_empty", "(Map<k, v>) -> Bool", "@map_is_empty"),
        new("Map", "keys", "(Map<k, v>) -> List<k>", "mesh_map_keys"),
        new("Map", "values", "(Map<k, v>) -> List<v>", "mesh_map_values"),
        new("Map", "merge", "(Map<k, v>, Map<k, v>) -> Map<k, v> where k: Eq", "@map_merge"),
        new("Map", "to_list", "(Map<k, v>) -> List<(k, v)>", "mesh_map_to_list"),
        new("Map", "from_list", "(List<(k, v)>) -> Map<k, v> where k: Eq", "@map_from_list"),

        // Set<T>: a map without values
        new("Set", "new", "() -> Set<a>", "mesh_map_new"),
        new("Set", "add", "(Set<a>, a) -> Set<a> where a: Eq", "@set_add"),
        new("Set", "remove", "(Set<a>, a) -> Set<a> where a: Eq", "@set_remove"),
        new("Set", "contains", "(Set<a>, a) -> Bool where a: Eq", "@set_contains"),
        new("Set", "size", "(Set<a>) -> Int", "mesh_map_size"),
        new("Set", "is_empty", "(Set<a>) -> Bool", "@map_is_empty"),
        new("Set", "union", "(Set<a>, Set<a>) -> Set<a> where a: Eq", "@set_union"),
        new("Set", "intersection", "(Set<a>, Set<a>) -> Set<a> where a: Eq", "@set_intersection"),
        new("Set", "difference", "(Set<a>, Set<a>) -> Set<a> where a: Eq", "@set_difference"),
        new("Set", "to_list", "(Set<a>) -> List<a>", "mesh_map_keys"),
        new("Set", "from_list", "(List<a>) -> Set<a> where a: Eq", "@set_from_list"),

        // Range: the half-open Int range a..b, an object { start, end }
        new("Range", "new", "(Int, Int) -> Range", "@range_new"),
        new("Range", "length", "(Range) -> Int", "@range_length"),
        new("Range", "to_list", "(Range) -> List<Int>", "@range_to_list"),
        new("Range", "contains", "(Range, Int) -> Bool", "@range_contains"),
        new("Range", "map", "(Range, Fun(Int) -> a) -> List<a>", "@range_map"),
        new("Range", "filter", "(Range, Fun(Int) -> Bool) -> List<Int>", "@range_filter"),

        // Tuple: the signatures are those of pairs; the checker applies them to any tuple size
        // (FunctionBodyChecker.Collections.cs).
        new("Tuple", "first", "((a, b)) -> a", "@tuple_first"),
        new("Tuple", "second", "((a, b)) -> b", "@tuple_second"),
        new("Tuple", "nth", "((a, a), Int) -> a", "@tuple_nth"),
        new("Tuple", "size", "((a, b)) -> Int", "@tuple_size"),

        // Queue<T>: FIFO; pop and peek panic on an empty queue
        new("Queue", "new", "() -> Queue<a>", "mesh_queue_new"),
        new("Queue", "push", "(Queue<a>, a) -> Queue<a>", "mesh_queue_push"),
        new("Queue", "pop", "(Queue<a>) -> (a, Queue<a>)", "@queue_pop"),
        new("Queue", "peek", "(Queue<a>) -> a", "@queue_peek"),
        new("Queue", "size", "(Queue<a>) -> Int", "mesh_queue_size"),
        new("Queue", "is_empty", "(Queue<a>) -> Bool", "mesh_queue_is_empty"),
        new("Queue", "to_list", "(Queue<a>) -> List<a>", "mesh_queue_to_list"),

        // String (stdlib/Core/Strings.cs; indices count Unicode scalars)
        new("String", "length", "(String) -> Int", "mesh_string_length"),
        new("String", "slice", "(String, Int, Int) -> String", "mesh_string_slice"),
        new("String", "contains", "(String, String) -> Bool", "mesh_string_contains"),
        new("String", "starts_with", "(String, String) -> Bool", "mesh_string_starts_with"),
        new("String", "ends_with", "(String, String) -> Bool", "mesh_string_ends_with"),
        new("String", "trim", "(String) -> String", "mesh_string_trim"),
        new("String", "to_upper", "(String) -> String", "mesh_string_to_upper") { MayPanic = true },
        new("String", "to_lower", "(String) -> String", "mesh_string_to_lower") { MayPanic = true },
        new("String", "replace", "(String, String, String) -> String", "mesh_string_replace") { MayPanic = true },
        new("String", "repeat", "(String, Int) -> String", "mesh_string_repeat") { MayPanic = true },
        new("String", "reverse", "(String) -> String", "mesh_string_reverse"),
        // split/join/to_int/to_float: stdlib/Core/StringParts.cs (join panics through runtime/native/stdlib_io.c)
        new("String", "split", "(String, String) -> List<String>", "mesh_string_split"),
        new("String", "join", "(List<String>, String) -> String", "mesh_string_join") { MayPanic = true },
        new("String", "to_int", "(String) -> Option<Int>", "mesh_string_to_int"),
        new("String", "to_float", "(String) -> Option<Float>", "mesh_string_to_float"),
        // Not in upstream (what Elixir and Gleam users reach for): stdlib/Core/StringSegments.cs and
        // Strings.cs; first, last, take, drop, pad_start, pad_end, lines, capitalize and is_empty are
        // written in Mesh (stdlib/mesh/string.mpl).
        new("String", "graphemes", "(String) -> List<String>", "mesh_string_graphemes"),
        new("String", "chars", "(String) -> List<String>", "mesh_string_chars"),
        new("String", "words", "(String) -> List<String>", "mesh_string_words"),
        new("String", "at", "(String, Int) -> Option<String>", "mesh_string_at"),
        new("String", "index_of", "(String, String) -> Option<Int>", "mesh_string_index_of"),
        new("String", "count", "(String, String) -> Int", "mesh_string_count"),
        new("String", "trim_start", "(String) -> String", "mesh_string_trim_start"),
        new("String", "trim_end", "(String) -> String", "mesh_string_trim_end"),
        new("String", "byte_size", "(String) -> Int", "mesh_string_byte_size"),

        // Display as a function: 42.to_string(), Int.to_string(42), int_to_string(42) (same text as "${42}")
        new("Int", "to_string", "(Int) -> String", "mesh_int_to_string"),
        new("Float", "to_string", "(Float) -> String", "mesh_float_to_string"),
        new("Bool", "to_string", "(Bool) -> String", "mesh_bool_to_string"),

        // Math, Int, Float (stdlib/Core/Numbers.cs). abs/min/max take Int or Float (the internal
        // trait Number); MIR lowering calls the implementation for the argument type.
        new("Math", "abs", "(a) -> a where a: Number", "@math_abs"),
        new("Math", "min", "(a, a) -> a where a: Number", "@math_min"),
        new("Math", "max", "(a, a) -> a where a: Number", "@math_max"),
        new("Math", "pi", "() -> Float", "mesh_math_pi") { IsConstant = true },
        new("Math", "pow", "(Float, Float) -> Float", "mesh_math_pow"),
        new("Math", "sqrt", "(Float) -> Float", "mesh_math_sqrt"),
        new("Math", "floor", "(Float) -> Int", "mesh_math_floor"),
        new("Math", "ceil", "(Float) -> Int", "mesh_math_ceil"),
        new("Math", "round", "(Float) -> Int", "mesh_math_round"),
        new("Int", "to_float", "(Int) -> Float", "mesh_int_to_float"),
        new("Float", "to_int", "(Float) -> Int", "mesh_float_to_int"),
        new("Float", "from", "(Int) -> Float", "mesh_int_to_float"),
        // Not in upstream: parsing under the names Gleam and Elixir use (the rules of String.to_int and
        // String.to_float), Float rounding that stays Float; the rest of Int and Float is stdlib/mesh/int.mpl
        // and float.mpl.
        new("Int", "parse", "(String) -> Option<Int>", "mesh_string_to_int"),
        new("Float", "parse", "(String) -> Option<Float>", "mesh_string_to_float"),
        new("Float", "floor", "(Float) -> Float", "mesh_float_floor"),
        new("Float", "ceil", "(Float) -> Float", "mesh_float_ceil"),
        new("Float", "round", "(Float) -> Float", "mesh_float_round"),
        new("Float", "truncate", "(Float) -> Int", "mesh_float_to_int"),
        new("Float", "to_precision", "(Float, Int) -> Float", "mesh_float_to_precision"),

        // IO (stdlib/Core/StdErr.cs), File (stdlib/Core/Files.cs)
        new("IO", "eprintln", "(String) -> ()", "mesh_io_eprintln"),
        new("File", "exists", "(String) -> Bool", "mesh_file_exists"),

        // OS access returning Option/Result (runtime/native/stdlib_io.c; Env.args in stdlib/Core/Env.cs).
        // Err strings are the OS message as upstream prints it: "No such file or directory (os error 2)".
        new("File", "read", "(String) -> Result<String, String>", "mesh_file_read"),
        new("File", "write", "(String, String) -> Result<(), String>", "mesh_file_write"),
        new("File", "append", "(String, String) -> Result<(), String>", "mesh_file_append"),
        new("File", "delete", "(String) -> Result<(), String>", "mesh_file_delete"),
        new("IO", "read_line", "() -> Result<String, String>", "mesh_io_read_line"),
        new("Env", "get", "(String) -> Option<String>", "mesh_env_get"),
        new("Env", "args", "() -> List<String>", "mesh_env_args"),
        // JSON (stdlib/Core/Json*.cs). `JSON` and `Json` are one module, except that `Json.encode`
        // takes any value that converts to JSON (checked with the built-in trait Json) while
        // `JSON.encode` takes the opaque Json type. `@json_encode` is lowered with a description of
        // the value's concrete type (MirLowering.Json.cs).
        .. JsonModule("JSON", "(Json) -> String"),
        .. JsonModule("Json", "(a) -> String"),
    ];

    private static StdlibFunction[] JsonModule(string module, string encode) =>
    [
        new(module, "parse", "(String) -> Result<Json, String>", "mesh_json_parse"),
        new(module, "encode", encode, "@json_encode"),
        new(module, "encode_string", "(String) -> String", "mesh_json_encode_string"),
        new(module, "encode_int", "(Int) -> String", "mesh_int_to_string"),
        new(module, "encode_bool", "(Bool) -> String", "mesh_bool_to_string"),
        new(module, "encode_list", "(List<a>) -> String", "@json_encode"),
        new(module, "encode_map", "(Map<String, a>) -> String", "@json_encode"),
        new(module, "get", "(String, String) -> String", "mesh_json_get"),
        new(module, "get_nested", "(String, String, String) -> String", "mesh_json_get_nested"),
    ];

    private static readonly FrozenDictionary<(string Module, string Name), StdlibFunction> ByName =
        Functions.ToFrozenDictionary(f => (f.Module, f.Name));

    public static IEnumerable<StdlibFunction> All => Functions;

    public static StdlibFunction? Find(string module, string name) => ByName.GetValueOrDefault((module, name));

    /// <summary>Every function is also reachable as a snake_case global: <c>string_length</c> is <c>String.length</c>.</summary>
    private static readonly FrozenDictionary<string, StdlibFunction> ByFlatAlias =
        Functions.GroupBy(f => $"{ToSnake(f.Module)}_{f.Name}").ToFrozenDictionary(g => g.Key, g => g.First());

    /// <summary>
    /// Library functions that are also global names (as upstream's prelude): <c>xs |> map(f)</c>,
    /// <c>head(xs)</c>. A function or variable of the program with the same name comes first.
    /// </summary>
    private static readonly FrozenDictionary<string, StdlibFunction> Prelude = new[] { "map", "filter", "reduce", "head", "tail" }
        .ToFrozenDictionary(name => name, name => ByName[("List", name)]);

    public static StdlibFunction? FindFlatAlias(string name) => ByFlatAlias.GetValueOrDefault(name) ?? Prelude.GetValueOrDefault(name);

    private static string ToSnake(string module)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < module.Length; i++)
        {
            if (char.IsUpper(module[i]) && i > 0 && !char.IsUpper(module[i - 1]))
            {
                sb.Append('_');
            }
            sb.Append(char.ToLowerInvariant(module[i]));
        }
        return sb.ToString();
    }

    public static IEnumerable<string> NamesIn(string module) => Functions.Where(f => f.Module == module).Select(f => f.Name);

    private static readonly FrozenSet<string> Modules = Functions.Select(f => f.Module).ToFrozenSet();

    public static bool HasModule(string module) => Modules.Contains(module);
}
