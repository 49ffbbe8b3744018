using System.Collections.Concurrent;
using Clio.Text;

namespace Clio.Essays;

/// <summary>The word lists a folded word belongs to, as bits, so that a sentence tests them without a look-up.</summary>
[Flags]
internal enum WordClass
{
    None = 0,

    /// <summary>It starts with an ASCII digit.</summary>
    Digit = 1 << 0,

    /// <summary>A date may hinge on it ("year", "later", "twenties"); see <see cref="TemporalRecognizer"/>.</summary>
    DateTrigger = 1 << 1,

    /// <summary>A time expression may start with it ("by", "the", "early", "May").</summary>
    DateStarter = 1 << 2,

    /// <summary>A month's name or abbreviation.</summary>
    Month = 1 << 3,

    /// <summary>It negates a claim; see <see cref="FactChecker"/>.</summary>
    Negation = 1 << 4,

    /// <summary>It hedges a claim.</summary>
    Hedge = 1 << 5,

    /// <summary>It dates another phase of an event ("ratified", "anniversary").</summary>
    OtherPhase = 1 << 6,

    /// <summary>It speaks of an event's start.</summary>
    StartWord = 1 << 7,

    /// <summary>It speaks of an event's end.</summary>
    EndWord = 1 << 8,

    /// <summary>It speaks of signing.</summary>
    SignWord = 1 << 9,

    /// <summary>It ties a person to a policy.</summary>
    CoinWord = 1 << 10,

    /// <summary>It says a person opposed something.</summary>
    OpposeWord = 1 << 11,

    /// <summary>A phrase of explanation starts with it; see <see cref="Markers"/>.</summary>
    AnalysisStart = 1 << 12,

    /// <summary>A phrase of weighing starts with it.</summary>
    WeighingStart = 1 << 13,

    /// <summary>A phrase of judgement starts with it.</summary>
    JudgementStart = 1 << 14,

    /// <summary>A phrase that opens a conclusion starts with it.</summary>
    ConclusionStart = 1 << 15,

    /// <summary>A phrase naming an office starts with it; see <see cref="Offices"/>.</summary>
    OfficeStart = 1 << 16,

    /// <summary>A connective of sequence ("before", "in response to") starts with it.</summary>
    ConnectiveStart = 1 << 17,

    /// <summary>A phrase of taking part ("signed", "took part") starts with it.</summary>
    TakingPartStart = 1 << 18,
}

/// <summary>
/// What is known of one folded word, worked out once and shared by every essay that uses it: its lexicon key, its
/// stem and the word lists it is on. Immutable, so it is safe to share across threads.
/// </summary>
internal sealed class WordInfo
{
    public WordInfo(string text)
    {
        Text = text;
        Key = Lexicon.StopWords.Contains(text) ? null : Lexicon.Key(text);
        Stem = Stemmer.Stem(text);
        Classes = Vocabulary.Classify(text);
    }

    /// <summary>The folded word.</summary>
    public string Text { get; }

    /// <summary>Its lexicon key (see <see cref="Lexicon"/>), or null for a stop word.</summary>
    public string? Key { get; }

    /// <summary>Its stem (see <see cref="Stemmer"/>).</summary>
    public string Stem { get; }

    /// <summary>The word lists it is on.</summary>
    public WordClass Classes { get; }

    /// <summary>Whether it is on any of the lists given.</summary>
    public bool Is(WordClass classes) => (Classes & classes) != 0;
}

/// <summary>
/// The words met so far, each with its <see cref="WordInfo"/>: an essay pays for folding, stemming and classifying
/// a word only the first time any essay uses it. The table is bounded, so that no stream of odd input can grow
/// it without end; past the bound, new words are worked out afresh each time, with the same result.
/// </summary>
internal static class Vocabulary
{
    private const int Capacity = 50_000;

    private static readonly ConcurrentDictionary<string, WordInfo> Known = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _count;

    /// <summary>The entry for a folded word.</summary>
    public static WordInfo Get(ReadOnlySpan<char> folded)
    {
        if (KnownBySpan.TryGetValue(folded, out var info))
        {
            return info;
        }

        return Add(new WordInfo(new string(folded)));
    }

    /// <summary>The entry for a folded word.</summary>
    public static WordInfo Get(string folded) => Known.TryGetValue(folded, out var info) ? info : Add(new WordInfo(folded));

    private static WordInfo Add(WordInfo info)
    {
        if (Volatile.Read(ref _count) < Capacity && Known.TryAdd(info.Text, info))
        {
            Interlocked.Increment(ref _count);
        }

        return info;
    }

    /// <summary>The lists a folded word is on.</summary>
    public static WordClass Classify(string word)
    {
        var classes = WordClass.None;
        Mark(ref classes, char.IsAsciiDigit(word[0]), WordClass.Digit);
        Mark(ref classes, TemporalRecognizer.Triggers.Contains(word), WordClass.DateTrigger);
        Mark(ref classes, TemporalRecognizer.Starters.Contains(word), WordClass.DateStarter);
        Mark(ref classes, TemporalRecognizer.MonthWords.Contains(word), WordClass.Month);
        Mark(ref classes, FactChecker.Negations.Contains(word), WordClass.Negation);
        Mark(ref classes, FactChecker.Hedges.Contains(word), WordClass.Hedge);
        Mark(ref classes, FactChecker.OtherPhase.Contains(word), WordClass.OtherPhase);
        Mark(ref classes, FactChecker.StartWords.Contains(word), WordClass.StartWord);
        Mark(ref classes, FactChecker.EndWords.Contains(word), WordClass.EndWord);
        Mark(ref classes, FactChecker.SignWords.Contains(word), WordClass.SignWord);
        Mark(ref classes, FactChecker.CoinWords.Contains(word), WordClass.CoinWord);
        Mark(ref classes, FactChecker.OpposeWords.Contains(word), WordClass.OpposeWord);
        Mark(ref classes, Markers.Analysis.IsFirstWord(word), WordClass.AnalysisStart);
        Mark(ref classes, Markers.Weighing.IsFirstWord(word), WordClass.WeighingStart);
        Mark(ref classes, Markers.Judgement.IsFirstWord(word), WordClass.JudgementStart);
        Mark(ref classes, Markers.Conclusion.IsFirstWord(word), WordClass.ConclusionStart);
        Mark(ref classes, Offices.Names.IsFirstWord(word), WordClass.OfficeStart);
        Mark(ref classes, FactChecker.Connectives.IsFirstWord(word), WordClass.ConnectiveStart);
        Mark(ref classes, FactChecker.TakingPartSet.IsFirstWord(word), WordClass.TakingPartStart);
        return classes;

        static void Mark(ref WordClass classes, bool member, WordClass bit)
        {
            if (member)
            {
                classes |= bit;
            }
        }
    }
}
