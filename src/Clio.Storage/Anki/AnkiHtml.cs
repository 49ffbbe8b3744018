using System.Buffers.Binary;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Clio.Storage.Anki;

/// <summary>Plain text to and from the HTML Anki keeps in its fields, and Anki's field checksum.</summary>
internal static partial class AnkiHtml
{
    /// <summary>Escapes <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c>, and turns each line feed into <c>&lt;br&gt;</c>.</summary>
    public static string FromPlainText(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '\n' => builder.Append("<br>"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>
    /// The inverse of <see cref="FromPlainText"/>: <c>&lt;br&gt;</c> (any spelling) becomes a line feed and entities
    /// are decoded. Other tags are kept as they are.
    /// </summary>
    public static string ToPlainText(string html) => WebUtility.HtmlDecode(LineBreak().Replace(html, "\n"));

    /// <summary>Anki's <c>strip_html</c>: comments and tags removed, <c>&amp;nbsp;</c> as a space, entities decoded.</summary>
    public static string Strip(string html) =>
        WebUtility.HtmlDecode(TagOrComment().Replace(html, "").Replace("&nbsp;", " ", StringComparison.Ordinal));

    /// <summary>
    /// Anki's <c>csum</c> of a note: the first four bytes, big-endian, of the SHA-1 of the stripped first field.
    /// Anki uses it to find duplicates, so it must be computed as Anki does.
    /// </summary>
    public static long FieldChecksum(string html)
    {
#pragma warning disable CA5350 // SHA-1 is what Anki's file format prescribes here; it is a checksum, not security.
        var digest = SHA1.HashData(Encoding.UTF8.GetBytes(Strip(html)));
#pragma warning restore CA5350
        return BinaryPrimitives.ReadUInt32BigEndian(digest);
    }

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreak();

    [GeneratedRegex("<!--.*?-->|<.*?>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex TagOrComment();
}
