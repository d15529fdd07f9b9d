namespace Mesh.Runtime.Actors;

/// <summary>Exit reason kinds, as seen through the ABI (mesh_abi.h MESH_REASON_*).</summary>
public static class ReasonKind
{
    public const long Normal = 0;
    public const long Panic = 1;
    public const long Killed = 2;
    public const long Shutdown = 3;
    public const long Custom = 4;
    public const long Noproc = 5;
    public const long Noconnection = 6;
}

/// <summary>Why an actor ended: a kind and its text ("normal", "killed", the panic message, ...).</summary>
public sealed class ExitReason
{
    public readonly long Kind;
    public readonly string Text;

    private ExitReason(long kind, string text)
    {
        Kind = kind;
        Text = text;
    }

    public static readonly ExitReason Normal = new(ReasonKind.Normal, "normal");
    public static readonly ExitReason Killed = new(ReasonKind.Killed, "killed");
    public static readonly ExitReason Shutdown = new(ReasonKind.Shutdown, "shutdown");
    public static readonly ExitReason Noproc = new(ReasonKind.Noproc, "noproc");
    public static readonly ExitReason Noconnection = new(ReasonKind.Noconnection, "noconnection");

    public static ExitReason Panic(string message) => new(ReasonKind.Panic, message);
    public static ExitReason Custom(string text) => new(ReasonKind.Custom, text);

    /// <summary>The reason for an ABI kind (text used by panic and custom); null for an unknown kind.</summary>
    public static ExitReason? FromKind(long kind, string? text) => kind switch
    {
        ReasonKind.Normal => Normal,
        ReasonKind.Panic => Panic(text ?? ""),
        ReasonKind.Killed => Killed,
        ReasonKind.Shutdown => Shutdown,
        ReasonKind.Custom => Custom(text ?? ""),
        ReasonKind.Noproc => Noproc,
        ReasonKind.Noconnection => Noconnection,
        _ => null,
    };

    public bool IsNormal => Kind == ReasonKind.Normal;

    public override string ToString() => Text;
}
