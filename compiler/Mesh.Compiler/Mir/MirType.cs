namespace Mesh.Compiler.Mir;

/// <summary>
/// The machine-level shape of a value after monomorphisation. MIR has no type variables:
/// every local of every function instance has one of these.
/// </summary>
public abstract record MirType
{
    public static readonly MirType Unit = new Primitive("Unit");
    public static readonly MirType Bool = new Primitive("Bool");
    public static readonly MirType Int = new Primitive("Int");
    public static readonly MirType Float = new Primitive("Float");
    public static readonly MirType String = new Primitive("String");

    /// <summary>An opaque runtime pointer (message readers, buffers).</summary>
    public static readonly MirType Ptr = new Primitive("Ptr");

    /// <summary>A pointer to a heap object of 8-byte slots: tuples, structs, sum-type values.</summary>
    public static readonly MirType Object = new Primitive("Object");

    /// <summary>An item of a generic container as the runtime ABI passes it: one 8-byte word.</summary>
    public static readonly MirType Slot = new Primitive("Slot");

    /// <summary>A process identifier; the message type only matters to the type checker.</summary>
    public static readonly MirType Pid = new Primitive("Pid");

    public sealed record Primitive(string Name) : MirType
    {
        public override string ToString() => Name;
    }
}
