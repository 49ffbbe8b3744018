using System.Text;

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
        var tokens = new List<(string, int, int)>();
        var word = new StringBuilder();
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

                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            var folded = c >= 128 ? Fold(c) : null;
            if (folded is not null)
            {
                if (start < 0)
                {
                    start = i;
                }

                word.Append(folded);
                continue;
            }

            // An apostrophe inside a word: "Lenin's" becomes "lenin", "Stalin’s" too.
            if (c is '\'' or '\u2019' && start >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                var next = i + 2 < text.Length ? text[i + 2] : ' ';
                if ((text[i + 1] is 's' or 'S') && !char.IsLetterOrDigit(next))
                {
                    tokens.Add((word.ToString(), start, i - start));
                    word.Clear();
                    start = -1;
                    i++;
                    continue;
                }

                continue;
            }

            if (start >= 0)
            {
                tokens.Add((word.ToString(), start, i - start));
                word.Clear();
                start = -1;
            }
        }

        return tokens;
    }

    /// <summary>The folded tokens of a text joined by single spaces.</summary>
    public static string Normalize(string text) => string.Join(' ', Tokenize(text).Select(t => t.Token));

    // Latin letters with diacritics, folded by table: the build runs with invariant globalization, where Unicode
    // normalisation is not available, and these are the letters the names of this subject use.
    private static readonly Dictionary<char, string> Folds = BuildFolds();

    /// <summary>The folded form of one non-ASCII character, or null when it separates words.</summary>
    private static string? Fold(char c)
    {
        if (Folds.TryGetValue(c, out var folded))
        {
            return folded;
        }

        return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c).ToString() : null;
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
