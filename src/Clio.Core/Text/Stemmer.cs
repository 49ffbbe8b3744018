namespace Clio.Text;

/// <summary>
/// A light stemmer for matching: it folds plurals and American "-ize" spellings so that "pacts" finds "pact" and
/// "industrialization" finds "industrialisation". It is applied alike to both sides of every comparison, so it
/// need only be consistent, not linguistically perfect.
/// </summary>
public static class Stemmer
{
    /// <summary>The stem of a folded token.</summary>
    public static string Stem(string token)
    {
        if (token.Length > 4 && token.Contains("iz", StringComparison.Ordinal) &&
            (token.Contains("ize", StringComparison.Ordinal) || token.Contains("iza", StringComparison.Ordinal)))
        {
            token = token.Replace("ize", "ise", StringComparison.Ordinal).Replace("iza", "isa", StringComparison.Ordinal);
        }

        if (token.Length > 4 && token.EndsWith("ies", StringComparison.Ordinal))
        {
            return token[..^3] + "y";
        }

        if (token.Length > 3 && token[^1] == 's' && token[^2] is not ('s' or 'u' or 'i'))
        {
            return token[..^1];
        }

        return token;
    }
}
