namespace Clio.Storage.Anki;

/// <summary>How <see cref="AnkiText.Write"/> writes a file.</summary>
/// <param name="Separator">The field separator.</param>
/// <param name="Html">True (the default) writes <c>#html:true</c> with fields as HTML: <c>&amp;</c>, <c>&lt;</c>,
/// <c>&gt;</c> escaped and line breaks as <c>&lt;br&gt;</c>, so Anki shows them as breaks. False writes
/// <c>#html:false</c> and the plain text as it is; Anki then escapes it itself, but shows line breaks as spaces.</param>
public sealed record AnkiTextOptions(AnkiSeparator Separator = AnkiSeparator.Tab, bool Html = true)
{
    /// <summary>Tab-separated, HTML fields.</summary>
    public static AnkiTextOptions Default { get; } = new();
}
