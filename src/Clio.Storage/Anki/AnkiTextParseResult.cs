namespace Clio.Storage.Anki;

/// <summary>A problem in a text file, on the line where the note (or header) that has it begins.</summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Message">What is wrong, one line.</param>
public readonly record struct AnkiTextError(int Line, string Message)
{
    /// <summary><c>line N: message</c>.</summary>
    public override string ToString() => $"line {Line}: {Message}";
}

/// <summary>
/// What <see cref="AnkiText.Parse"/> found: the notes when the whole file is good, otherwise every problem and no
/// notes at all, so that a file is imported whole or not at all.
/// </summary>
public sealed class AnkiTextParseResult
{
    internal AnkiTextParseResult(
        IReadOnlyList<AnkiNote> notes, IReadOnlyList<AnkiTextError> errors, AnkiSeparator separator, bool html)
    {
        Errors = errors;
        Notes = errors.Count == 0 ? notes : [];
        Separator = separator;
        Html = html;
    }

    /// <summary>Whether the file had no problem.</summary>
    public bool Success => Errors.Count == 0;

    /// <summary>The notes in file order; empty when there are <see cref="Errors"/>.</summary>
    public IReadOnlyList<AnkiNote> Notes { get; }

    /// <summary>Every problem found, in line order; empty on success.</summary>
    public IReadOnlyList<AnkiTextError> Errors { get; }

    /// <summary>The separator used: the one the header named, or tab.</summary>
    public AnkiSeparator Separator { get; }

    /// <summary>Whether fields were read as HTML (<c>#html:true</c>).</summary>
    public bool Html { get; }
}
