using System.Diagnostics.CodeAnalysis;

namespace Clio;

/// <summary>
/// The outcome of parsing text: either a value or the reason there is none. Parsing user text is expected to
/// fail often, so failure is a value here, never an exception.
/// </summary>
/// <typeparam name="T">The type of the parsed value.</typeparam>
public readonly struct ParseResult<T> : IEquatable<ParseResult<T>>
{
    private readonly T _value;

    private ParseResult(T value, string? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>Whether parsing succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>Why parsing failed, in a sentence fit to show a user; null on success.</summary>
    public string? Error { get; }

    /// <summary>The parsed value.</summary>
    /// <exception cref="InvalidOperationException">Parsing failed.</exception>
    public T Value => Success ? _value : throw new InvalidOperationException($"No value: {Error}");

#pragma warning disable CA1000 // The factories belong with the type, as NodaTime's ParseResult.ForValue does.
    /// <summary>A successful result.</summary>
    public static ParseResult<T> Ok(T value) => new(value, null);

    /// <summary>A failed result with its reason.</summary>
    public static ParseResult<T> Fail(string error) => new(default!, error);
#pragma warning restore CA1000

    /// <inheritdoc />
    public bool Equals(ParseResult<T> other) =>
        Error == other.Error && EqualityComparer<T>.Default.Equals(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ParseResult<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_value, Error);

    /// <summary>Value equality.</summary>
    public static bool operator ==(ParseResult<T> left, ParseResult<T> right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ParseResult<T> left, ParseResult<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => Success ? $"Ok({_value})" : $"Fail({Error})";
}
