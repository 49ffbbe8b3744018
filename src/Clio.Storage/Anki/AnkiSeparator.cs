namespace Clio.Storage.Anki;

/// <summary>The field separators Anki's text import knows, by the names its <c>#separator:</c> header uses.</summary>
public enum AnkiSeparator
{
    /// <summary>A tab: <c>#separator:tab</c>. The default.</summary>
    Tab,

    /// <summary>A comma: <c>#separator:comma</c>.</summary>
    Comma,

    /// <summary>A semicolon: <c>#separator:semicolon</c>.</summary>
    Semicolon,

    /// <summary>A space: <c>#separator:space</c>.</summary>
    Space,

    /// <summary>A vertical bar: <c>#separator:pipe</c>.</summary>
    Pipe,

    /// <summary>A colon: <c>#separator:colon</c>.</summary>
    Colon,
}
