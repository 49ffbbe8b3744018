using System.Buffers;

namespace Clio.Text;

/// <summary>
/// Folds text for matching: lower case, no diacritics (Piłsudski → pilsudski, Thälmann → thalmann), every
/// dash and punctuation mark a space, possessives dropped.
/// </summary>
public static class TextFolding
{
    /// <summary>Splits text into folded word tokens, with the character offset of each in the original text.</summary>
    public static List<(string Token, int Start, int Length)> Tokenize(string text)
    {
        var sink = new ListSink([]);
        Tokenize(text, ref sink);
        return sink.Tokens;
    }

    /// <summary>
    /// Splits text into folded word tokens and hands each to <paramref name="sink"/> as a span that is only valid
    /// during the call, so that a caller which already knows the word allocates nothing for it.
    /// </summary>
    internal static void Tokenize<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        char[]? rented = null;
        Span<char> word = stackalloc char[64];
        var length = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (start < 0)
                {
                    start = i;
                }

                Append(ref word, ref rented, ref length, char.ToLowerInvariant(c));
                continue;
            }

            if (c >= 128 && Fold(c) is { } folded)
            {
                if (start < 0)
                {
                    start = i;
                }

                Append(ref word, ref rented, ref length, folded.First);
                if (folded.Second != '\0')
                {
                    Append(ref word, ref rented, ref length, folded.Second);
                }

                continue;
            }

            // An apostrophe inside a word: "Lenin's" becomes "lenin", "Stalin’s" too.
            if (c is '\'' or '\u2019' && start >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                var next = i + 2 < text.Length ? text[i + 2] : ' ';
                if ((text[i + 1] is 's' or 'S') && !char.IsLetterOrDigit(next))
                {
                    sink.Add(word[..length], start, i - start);
                    length = 0;
                    start = -1;
                    i++;
                    continue;
                }

                continue;
            }

            if (start >= 0)
            {
                sink.Add(word[..length], start, i - start);
                length = 0;
                start = -1;
            }
        }

        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static void Append(ref Span<char> word, ref char[]? rented, ref int length, char c)
    {
        if (length == word.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(word.Length * 2);
            word.CopyTo(larger);
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }

            rented = larger;
            word = larger;
        }

        word[length++] = c;
    }

    /// <summary>The folded tokens of a text joined by single spaces.</summary>
    public static string Normalize(string text) => string.Join(' ', Tokenize(text).Select(t => t.Token));

    // Latin letters with diacritics, folded by table: the build runs with invariant globalization, where Unicode
    // normalisation is not available, and these are the letters the names of this subject use.
    private static readonly Dictionary<char, string> Folds = BuildFolds();

    /// <summary>The folded form of one non-ASCII character (one or two letters), or null when it separates words.</summary>
    private static (char First, char Second)? Fold(char c)
    {
        if (Folds.TryGetValue(c, out var folded))
        {
            return (folded[0], folded.Length > 1 ? folded[1] : '\0');
        }

        return char.IsLetterOrDigit(c) ? (char.ToLowerInvariant(c), '\0') : null;
    }

    private static Dictionary<char, string> BuildFolds()
    {
        (string Letters, string Base)[] groups =
        [
            ("àáâãäåāăąÀÁÂÃÄÅĀĂĄ", "a"), ("çćĉċčÇĆĈĊČ", "c"), ("ďđðĎĐ", "d"), ("èéêëēĕėęěÈÉÊËĒĔĖĘĚ", "e"),
            ("ĝğġģĜĞĠĢ", "g"), ("ĥħĤĦ", "h"), ("ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ", "i"), ("ĵĴ", "j"), ("ķĶ", "k"),
            ("ĺļľŀłĹĻĽĿŁ", "l"), ("ñńņňÑŃŅŇ", "n"), ("òóôõöøōŏőÒÓÔÕÖØŌŎŐ", "o"), ("ŕŗřŔŖŘ", "r"),
            ("śŝşšșŚŜŞŠȘ", "s"), ("ţťŧțŢŤŦȚ", "t"), ("ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ", "u"), ("ŵŴ", "w"),
            ("ýÿŷÝŸŶ", "y"), ("źżžŹŻŽ", "z"), ("ß", "ss"), ("æÆ", "ae"), ("œŒ", "oe"), ("þÞ", "th"),
        ];
        var folds = new Dictionary<char, string>();
        foreach (var (letters, letter) in groups)
        {
            foreach (var c in letters)
            {
                folds[c] = letter;
            }
        }

        return folds;
    }
}

/// <summary>Receives the tokens of a text, one at a time, as <see cref="TextFolding"/> finds them.</summary>
internal interface ITokenSink
{
    /// <summary>One token: its folded letters (valid only during the call), and where it stands in the text.</summary>
    void Add(ReadOnlySpan<char> folded, int start, int length);
}

/// <summary>Collects tokens as strings.</summary>
internal readonly struct ListSink(List<(string Token, int Start, int Length)> tokens) : ITokenSink
{
    public List<(string Token, int Start, int Length)> Tokens { get; } = tokens;

    public void Add(ReadOnlySpan<char> folded, int start, int length) => Tokens.Add((new string(folded), start, length));
}
