using System.Diagnostics.CodeAnalysis;

namespace CareForAll.Core.Text;

/// <summary>
/// The outcome of parsing text: either a value or a message that says why the text was rejected.
/// Patterns return it instead of throwing; the exception is only built when a caller asks for the value
/// of a failed parse.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <typeparam name="T">The type parsed.</typeparam>
public sealed class ParseResult<T>
{
    private readonly T value;

    private ParseResult(T value, string? errorMessage)
    {
        this.value = value;
        ErrorMessage = errorMessage;
    }

    /// <summary>True when the text was parsed.</summary>
    [MemberNotNullWhen(false, nameof(ErrorMessage))]
    public bool Success => ErrorMessage is null;

    /// <summary>Why the text was rejected; null on success.</summary>
    public string? ErrorMessage { get; }

    /// <summary>The parsed value; throws <see cref="FormatException"/> with the error message on failure.</summary>
    public T Value => GetValueOrThrow();

    /// <summary>A successful result.</summary>
    public static ParseResult<T> ForValue(T value) => new(value, null);

    /// <summary>A failed result with the reason.</summary>
    public static ParseResult<T> ForError(string errorMessage) =>
        new(default!, string.IsNullOrEmpty(errorMessage) ? "The text could not be parsed." : errorMessage);

    /// <summary>The parsed value; throws <see cref="FormatException"/> with the error message on failure.</summary>
    public T GetValueOrThrow() => Success ? value : throw new FormatException(ErrorMessage);

    /// <summary>Gets the value when the parse succeeded.</summary>
    public bool TryGetValue([MaybeNullWhen(false)] out T result)
    {
        result = value;
        return Success;
    }

    /// <summary>The value's text on success, otherwise the error message.</summary>
    public override string ToString() => Success ? $"{value}" : ErrorMessage;
}
