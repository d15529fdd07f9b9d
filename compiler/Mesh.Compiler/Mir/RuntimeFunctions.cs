using System.Collections.Immutable;

namespace Mesh.Compiler.Mir;

/// <summary>
/// The runtime's C ABI as MIR sees it. Bool crosses the ABI as an 8-bit integer; codegen converts.
/// Keep in step with runtime/README.md.
/// </summary>
public sealed record RuntimeFunction(string Symbol, ImmutableArray<MirType> Params, MirType Returns, bool NoReturn = false)
{
    public override string ToString() => Symbol;
}

public static class RuntimeFunctions
{
    private static RuntimeFunction Fn(string symbol, MirType returns, params MirType[] ps) => new(symbol, [.. ps], returns);

    public static readonly RuntimeFunction StringConcat = Fn("mesh_string_concat", MirType.String, MirType.String, MirType.String);
    public static readonly RuntimeFunction StringConcat3 = Fn("mesh_string_concat3", MirType.String, MirType.String, MirType.String, MirType.String);
    /// <summary>Interpolation with Int or Float parts: kinds (2 bits per part: 1 String, 2 Int, 3 Float), then 4 parts.</summary>
    public static readonly RuntimeFunction StringConcatMixed = Fn("mesh_string_concat_mixed", MirType.String, MirType.Int, MirType.Slot, MirType.Slot, MirType.Slot, MirType.Slot);
    public static readonly RuntimeFunction StringConcat4 = Fn("mesh_string_concat4", MirType.String, MirType.String, MirType.String, MirType.String, MirType.String);
    public static readonly RuntimeFunction StringEq = Fn("mesh_string_eq", MirType.Bool, MirType.String, MirType.String);
    public static readonly RuntimeFunction StringCompare = Fn("mesh_string_compare", MirType.Int, MirType.String, MirType.String);
    public static readonly RuntimeFunction IntToString = Fn("mesh_int_to_string", MirType.String, MirType.Int);
    public static readonly RuntimeFunction FloatToString = Fn("mesh_float_to_string", MirType.String, MirType.Float);
    public static readonly RuntimeFunction BoolToString = Fn("mesh_bool_to_string", MirType.String, MirType.Bool);
    public static readonly RuntimeFunction Print = Fn("mesh_print", MirType.Unit, MirType.String);
    public static readonly RuntimeFunction Println = Fn("mesh_println", MirType.Unit, MirType.String);

    /// <summary>stdlib/Core/Json.cs: a value (as a slot word) and its type's description (MirLowering.Json.cs).</summary>
    public static readonly RuntimeFunction JsonEncode = Fn("mesh_json_encode", MirType.String, MirType.Slot, MirType.String);
    public static readonly RuntimeFunction JsonDecode = Fn("mesh_json_decode", MirType.Object, MirType.String, MirType.String);

    /// <summary>stdlib/Core/Row.cs: <c>T.from_row(map)</c> with the struct's description.</summary>
    public static readonly RuntimeFunction RowDecode = Fn("mesh_row_decode", MirType.Object, MirType.Object, MirType.String);

    public static readonly RuntimeFunction ListAlloc = Fn("mesh_list_alloc", MirType.Object, MirType.Int);
    public static readonly RuntimeFunction ListGrow = Fn("mesh_list_grow", MirType.Object, MirType.Object);
    public static readonly RuntimeFunction ListTail = Fn("mesh_list_tail", MirType.Object, MirType.Object);
    public static readonly RuntimeFunction ListConcat = Fn("mesh_list_concat", MirType.Object, MirType.Object, MirType.Object);
    // Math.abs/min/max for Int and for Float (stdlib/Core/Numbers.cs)
    public static readonly RuntimeFunction MathAbsInt = Fn("mesh_math_abs", MirType.Int, MirType.Int);
    public static readonly RuntimeFunction MathAbsFloat = Fn("mesh_math_abs_float", MirType.Float, MirType.Float);
    public static readonly RuntimeFunction MathMinInt = Fn("mesh_math_min", MirType.Int, MirType.Int, MirType.Int);
    public static readonly RuntimeFunction MathMinFloat = Fn("mesh_math_min_float", MirType.Float, MirType.Float, MirType.Float);
    public static readonly RuntimeFunction MathMaxInt = Fn("mesh_math_max", MirType.Int, MirType.Int, MirType.Int);
    public static readonly RuntimeFunction MathMaxFloat = Fn("mesh_math_max_float", MirType.Float, MirType.Float, MirType.Float);

    public static readonly RuntimeFunction ListFlatten = Fn("mesh_list_flatten", MirType.Object, MirType.Object);

    public static readonly RuntimeFunction MailboxKind = Fn("mesh_mailbox_kind", MirType.Int, MirType.Int);
    public static readonly RuntimeFunction ReductionTick = Fn("mesh_reduction_tick", MirType.Unit);

    /// <summary>Where a library function that can panic is called (generated inline on x86-64).</summary>
    public static readonly RuntimeFunction SetCallSite = Fn("mesh_set_call_site", MirType.Unit, MirType.Ptr);
    public static readonly RuntimeFunction GetCallSite = Fn("mesh_get_call_site", MirType.Ptr);
    public static readonly RuntimeFunction TimerSendAfter = Fn("mesh_timer_send_after", MirType.Unit, MirType.Pid, MirType.Int, MirType.Ptr);
    public static readonly RuntimeFunction SupervisorRun = Fn("mesh_supervisor_run", MirType.Unit, MirType.Object);
    public static readonly RuntimeFunction SupervisorStartChild = Fn("mesh_supervisor_start_child", MirType.Object, MirType.Pid, MirType.Ptr, MirType.String);
    public static readonly RuntimeFunction SupervisorMark = Fn("mesh_supervisor_mark", MirType.Unit, MirType.Pid, MirType.String);
    public static readonly RuntimeFunction ActorExit = Fn("mesh_actor_exit", MirType.Unit, MirType.Pid, MirType.Int, MirType.String);

    public static readonly RuntimeFunction ActorSelf = Fn("mesh_actor_self", MirType.Pid);
    public static readonly RuntimeFunction MsgNew = Fn("mesh_msg_new", MirType.Ptr);
    public static readonly RuntimeFunction MsgPutInt = Fn("mesh_msg_put_i64", MirType.Unit, MirType.Ptr, MirType.Int);
    public static readonly RuntimeFunction MsgPutFloat = Fn("mesh_msg_put_f64", MirType.Unit, MirType.Ptr, MirType.Float);
    public static readonly RuntimeFunction MsgPutString = Fn("mesh_msg_put_string", MirType.Unit, MirType.Ptr, MirType.String);
    public static readonly RuntimeFunction MsgGetInt = Fn("mesh_msg_get_i64", MirType.Int, MirType.Ptr);
    public static readonly RuntimeFunction MsgGetFloat = Fn("mesh_msg_get_f64", MirType.Float, MirType.Ptr);
    public static readonly RuntimeFunction MsgGetString = Fn("mesh_msg_get_string", MirType.String, MirType.Ptr);
    public static readonly RuntimeFunction ActorSpawn = Fn("mesh_actor_spawn", MirType.Pid, MirType.Ptr, MirType.Ptr);
    public static readonly RuntimeFunction ActorSend = Fn("mesh_actor_send", MirType.Unit, MirType.Pid, MirType.Ptr);
    public static readonly RuntimeFunction MailboxAt = Fn("mesh_mailbox_at", MirType.Ptr, MirType.Int);
    public static readonly RuntimeFunction MailboxRemove = Fn("mesh_mailbox_remove", MirType.Unit, MirType.Int);
    public static readonly RuntimeFunction ReceiveWait = Fn("mesh_receive_wait", MirType.Int, MirType.Int, MirType.Int);

    // services, jobs and terminate blocks (runtime/README.md, "Services and jobs")
    public static readonly RuntimeFunction ActorSendRequest = Fn("mesh_actor_send_request", MirType.Unit, MirType.Pid, MirType.Ptr);
    public static readonly RuntimeFunction ActorSendReply = Fn("mesh_actor_send_reply", MirType.Unit, MirType.Pid, MirType.Ptr);
    public static readonly RuntimeFunction ReplyWait = Fn("mesh_reply_wait", MirType.Int, MirType.Int, MirType.Int, MirType.Pid, MirType.Int);
    public static readonly RuntimeFunction ActorSpawnMonitor = Fn("mesh_actor_spawn_monitor", MirType.Pid, MirType.Ptr, MirType.Ptr, MirType.Object);
    public static readonly RuntimeFunction ProcessWhereis = Fn("mesh_process_whereis", MirType.Pid, MirType.String);
    public static readonly RuntimeFunction ProcessMonitor = Fn("mesh_process_monitor", MirType.Int, MirType.Pid);
    public static readonly RuntimeFunction ProcessDemonitor = Fn("mesh_process_demonitor", MirType.Bool, MirType.Int);
    public static readonly RuntimeFunction ActorOnExit = Fn("mesh_actor_on_exit", MirType.Unit, MirType.Ptr);
    /// <summary>panic(message): reported at the call site recorded just before (see <see cref="MirCallSite"/>).</summary>
    public static readonly RuntimeFunction PanicStringAtCallSite = new("mesh_panic_string_at_call_site", [MirType.String], MirType.Unit, NoReturn: true);
}
