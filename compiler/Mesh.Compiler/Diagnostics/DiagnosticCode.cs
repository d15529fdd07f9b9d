namespace Mesh.Compiler.Diagnostics;

/// <summary>
/// Every diagnostic the compiler can report. The numeric value is the stable code shown to users:
/// values below 10000 render as <c>E####</c>, values from 10000 as <c>W####</c>.
/// E0001–E0042 and W0001–W0002 keep the meanings upstream Mesh gives them so that users' searches
/// carry over; E01xx are lexical, E02xx syntactic, E03xx project/driver, E04xx not-yet-supported.
/// </summary>
public enum DiagnosticCode
{
    // ---- type checking (numbering shared with upstream Mesh) ----
    TypeMismatch = 1,
    InfiniteType = 2,
    ArityMismatch = 3,
    UnboundName = 4,
    NotAFunction = 5,
    TraitNotSatisfied = 6,
    MissingTraitMethod = 7,
    TraitMethodSignatureMismatch = 8,
    UnknownField = 9,
    UnknownVariant = 10,
    OrPatternBindingMismatch = 11,
    NonExhaustiveMatch = 12,
    InvalidGuardExpression = 13,
    SendTypeMismatch = 14,
    SelfOutsideActor = 15,
    SpawnNonFunction = 16,
    ReceiveOutsideActor = 17,
    InvalidChildStart = 18,
    InvalidStrategy = 19,
    InvalidRestartType = 20,
    InvalidShutdown = 21,
    CatchAllClauseNotLast = 22,
    NonConsecutiveClauses = 23,
    ClauseArityMismatch = 24,
    GuardNotBool = 25,
    DuplicateImpl = 26,
    AmbiguousMethod = 27,
    UnsupportedDerive = 28,
    MissingDerivePrerequisite = 29,
    NoSuchMethod = 30,
    ModuleNotFound = 31,
    BreakOutsideLoop = 32,
    ContinueOutsideLoop = 33,
    ImportNameNotFound = 34,
    PrivateItem = 35,
    TryInNonResultFunction = 36,
    TryOnNonResult = 37,
    NonSerializableField = 38,
    NonMappableField = 39,
    MissingAssociatedType = 40,
    ExtraAssociatedType = 41,
    UnresolvedAssociatedType = 42,
    DuplicateDefinition = 43,
    MissingMain = 44,
    PositionalAfterKeywordArgument = 45,
    TypeNotInferred = 46,

    // ---- services and jobs ----
    ServiceTypeNotInferred = 50,
    ServiceWithoutInit = 51,
    JobNeedsFunction = 52,
    InvalidServiceCallOption = 53,

    // ---- lexical ----
    UnexpectedCharacter = 100,
    UnterminatedString = 101,
    UnterminatedBlockComment = 102,
    InvalidNumberLiteral = 103,
    UnterminatedInterpolation = 104,
    IntegerLiteralTooLarge = 105,
    InvalidUnicodeEscape = 106,

    // ---- syntax ----
    ExpectedToken = 200,
    ExpectedExpression = 201,
    ExpectedItem = 202,
    ExpectedPattern = 203,
    ExpectedType = 204,
    UnclosedDelimiter = 205,
    NestingTooDeep = 206,
    InvalidAssignmentTarget = 207,
    UnexpectedToken = 208,
    ReservedKeyword = 209,

    // ---- project and driver ----
    MissingEntryFile = 300,
    CannotReadFile = 301,
    LinkFailed = 302,
    RuntimeNotFound = 303,
    CodegenFailed = 304,

    // ---- features the parser accepts but later phases do not handle yet ----
    NotSupportedYet = 400,

    // ---- warnings ----
    RedundantArm = 10001,
    AnnotationOnNonFirstClause = 10002,
    UnusedVariable = 10003,
    ElixirStyleInterpolation = 10004,
}

public static class DiagnosticCodeExtensions
{
    public static bool IsWarning(this DiagnosticCode code) => (int)code >= 10000;

    /// <summary>The code as printed: <c>E0001</c>, <c>W0001</c>.</summary>
    public static string ToCodeString(this DiagnosticCode code)
    {
        var value = (int)code;
        return value >= 10000 ? $"W{value - 10000:D4}" : $"E{value:D4}";
    }
}
