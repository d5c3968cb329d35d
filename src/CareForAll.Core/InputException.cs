namespace CareForAll.Core;

/// <summary>
/// Bad input from a user or a file: the message is one line that names where (file, row or line, field)
/// and why. The command line prints the message alone and exits with code 2.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InputException()
    {
    }

    /// <summary>An error at a place in a file: "FILE line N, field F: reason".</summary>
    public static InputException At(string file, long line, string field, string reason) =>
        new($"{file} line {line}, field {field}: {reason}");
}
