// Stack buffers and locals in the runtime and the C# standard library are always written before
// they are read, so the zeroing .NET does by default on every call is pure cost: string
// interpolation's number buffers alone were a 1.6 KB memset per interpolated piece.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
