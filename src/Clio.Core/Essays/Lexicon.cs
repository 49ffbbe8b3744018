namespace Clio.Essays;

/// <summary>
/// Folds the words students use for the same thing onto one key: "invaded", "invasion" and "invading" onto
/// "invade"; "Soviet", "Russia" and "USSR" onto "ussr"; "left" onto "leave". It lets an event named in the
/// student's own words ("the USSR joined the League") be matched to its entry ("USSR joins the League of
/// Nations").
/// </summary>
internal static class Lexicon
{
    private static readonly Dictionary<string, string> Keys = Build();

    /// <summary>Words that carry no meaning of their own in an event's name.</summary>
    public static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "of", "a", "an", "and", "to", "in", "on", "for", "with", "by", "from", "at", "its", "his", "their",
        "s", "no", "de", "des", "union", "was", "were", "is", "be", "been", "that", "this", "it", "as", "into", "between",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    /// <summary>The keys of states, which a description of an event may leave out ("Hitler became Chancellor").</summary>
    public static readonly HashSet<string> StateKeys = new(StringComparer.Ordinal)
    {
        "ussr", "germany", "britain", "france", "japan", "poland", "italy", "finland", "china", "usa", "czechoslovakia", "spain",
    };

    /// <summary>The key a folded word stands for.</summary>
    public static string Key(string word)
    {
        if (Keys.TryGetValue(word, out var key))
        {
            return key;
        }

        var stem = Text.Stemmer.Stem(word);
        return Keys.TryGetValue(stem, out key) ? key : stem;
    }

    private static Dictionary<string, string> Build()
    {
        var groups = new (string Key, string Words)[]
        {
            ("ussr", "ussr soviet soviets russia russian russians rsfsr kremlin russo"),
            ("germany", "germany german germans reich weimar nazi nazis"),
            ("britain", "britain british england english uk anglo"),
            ("france", "france french franco"),
            ("japan", "japan japanese"),
            ("poland", "poland polish poles"),
            ("italy", "italy italian italians italo"),
            ("finland", "finland finnish finns"),
            ("china", "china chinese sino"),
            ("usa", "usa american americans america"),
            ("czechoslovakia", "czechoslovakia czechoslovak czech czechs"),
            ("spain", "spain spanish"),
            ("invade", "invade invaded invades invading invasion invasions attacked attack attacks"),
            ("dismiss", "dismiss dismissed dismisses dismissal sacked sacking sack removed replaced"),
            ("expel", "expel expelled expels expulsion"),
            ("annex", "annex annexed annexes annexation annexations"),
            ("recognise", "recognise recognised recognises recognition recognize recognized recognizes"),
            ("kill", "assassination assassinated assassinate murder murdered killing killed"),
            ("found", "found founded founding foundation created creation establishment established formation formed"),
            ("join", "join joined joins joining entry entered enters enter admission admitted"),
            ("leave", "leave leaves left leaving withdrew withdrawal withdraws quit"),
            ("become", "become becomes became becoming"),
            ("appoint", "appoint appointed appoints appointment named"),
            ("sign", "sign signed signs signing"),
            ("occupy", "occupy occupied occupies occupation"),
            ("break", "break breaks broke broken severed"),
            ("restore", "restore restored restores restoration"),
            ("deport", "deport deported deports deportation exiled"),
            ("capture", "capture captured captures seized seizure"),
            ("dissolve", "dissolve dissolved dissolves dissolution disbanded abolished abolition"),
            ("declare", "declare declared declares declaration"),
            ("extend", "extend extended extends extension renewed"),
            ("death", "death died dies"),
            ("reject", "reject rejected rejects rejection"),
            ("fall", "fall fell falls surrender surrendered"),
            ("return", "return returned returns"),
            ("agreement", "agreement agreements accord"),
            ("treaty", "treaty treaties"),
            ("pact", "pact pacts"),
            ("visit", "visit visited visits trip"),
            ("sell", "sell sold selling sale sales"),
        };
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, words) in groups)
        {
            foreach (var word in words.Split(' '))
            {
                keys[word] = key;
            }
        }

        return keys;
    }
}
