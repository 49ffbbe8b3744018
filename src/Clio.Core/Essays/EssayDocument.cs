using Clio.Text;

namespace Clio.Essays;

/// <summary>A word of an essay: its folded form and where it stands in the original text.</summary>
/// <param name="Text">The folded word: lower case, no accents.</param>
/// <param name="Start">Its first character in the original text.</param>
/// <param name="Length">Its length in the original text.</param>
public readonly record struct Word(string Text, int Start, int Length)
{
    /// <summary>The character just after the word.</summary>
    public int End => Start + Length;
}

/// <summary>A sentence of an essay, with its words and where it stands.</summary>
/// <param name="Index">Its position in the essay, from 0.</param>
/// <param name="Paragraph">The paragraph it belongs to, from 0.</param>
/// <param name="Start">Its first character in the original text.</param>
/// <param name="End">The character just after it.</param>
/// <param name="Text">Its text.</param>
/// <param name="Words">Its words.</param>
public sealed record Sentence(int Index, int Paragraph, int Start, int End, string Text, IReadOnlyList<Word> Words)
{
    private WordInfo[]? _infos;
    private string[]? _texts;

    internal Sentence(int index, int paragraph, int start, int end, string text, Word[] words, WordInfo[] infos)
        : this(index, paragraph, start, end, text, words) => _infos = infos;

    /// <summary>The folded words alone, for phrase matching.</summary>
    public IReadOnlyList<string> Texts => _texts ??= [.. Infos.Select(i => i.Text)];

    /// <summary>What is known of each word, in order; computed once.</summary>
    internal WordInfo[] Infos => _infos ??= [.. Words.Select(w => Vocabulary.Get(w.Text))];

    /// <summary>The word lists any of its words is on.</summary>
    internal WordClass Classes
    {
        get
        {
            var classes = WordClass.None;
            foreach (var info in Infos)
            {
                classes |= info.Classes;
            }

            return classes;
        }
    }
}

/// <summary>A paragraph: a run of sentences between blank lines.</summary>
/// <param name="Index">Its position, from 0.</param>
/// <param name="Start">Its first character.</param>
/// <param name="End">The character just after it.</param>
/// <param name="Sentences">Its sentences.</param>
public sealed record Paragraph(int Index, int Start, int End, IReadOnlyList<Sentence> Sentences);

/// <summary>
/// An essay split into paragraphs, sentences and words, each keeping its character offsets in the original text.
/// Splitting never fails: any text, however odd, gives some document.
/// </summary>
public sealed class EssayDocument
{
    // Words after which a full stop does not end a sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "c", "ca", "e.g", "eg", "i.e", "ie", "etc", "vs", "cf", "mr", "mrs", "ms", "dr", "st", "p", "pp", "vol",
        "no", "ed", "eds", "gen", "col", "lt", "capt", "adm", "sgt", "prof", "rev", "jr", "sr", "fig", "approx",
        "o.s", "n.s", "u.s", "u.k", "u.s.s.r", "a.d", "b.c", "jan", "feb", "mar", "apr", "aug", "sep", "sept",
        "oct", "nov", "dec",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationsBySpan =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private EssayDocument(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        Text = text;
        Paragraphs = paragraphs;
        var sentences = new List<Sentence>();
        foreach (var paragraph in paragraphs)
        {
            sentences.AddRange(paragraph.Sentences);
        }

        Sentences = sentences;
        WordCount = sentences.Sum(s => s.Words.Count);
    }

    /// <summary>The original text.</summary>
    public string Text { get; }

    /// <summary>The paragraphs in order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>Every sentence in order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>How many words the essay has.</summary>
    public int WordCount { get; }

    /// <summary>Splits a text into paragraphs, sentences and words.</summary>
    public static EssayDocument Parse(string text)
    {
        var paragraphs = new List<Paragraph>();
        var sentenceIndex = 0;
        var sink = new WordSink([], []);
        foreach (var (start, end) in ParagraphSpans(text))
        {
            var sentences = new List<Sentence>();
            foreach (var (s, e) in SentenceSpans(text, start, end))
            {
                sink.Clear(s);
                TextFolding.Tokenize(text.AsSpan(s, e - s), ref sink);
                if (sink.Words.Count == 0)
                {
                    continue;
                }

                sentences.Add(new Sentence(sentenceIndex++, paragraphs.Count, s, e, text[s..e], [.. sink.Words], [.. sink.Infos]));
            }

            if (sentences.Count > 0)
            {
                paragraphs.Add(new Paragraph(paragraphs.Count, start, end, sentences));
            }
        }

        return new EssayDocument(text, paragraphs);
    }

    /// <summary>Collects a sentence's words, each folded word looked up once in the <see cref="Vocabulary"/>.</summary>
    private struct WordSink(List<Word> words, List<WordInfo> infos) : ITokenSink
    {
        private int _offset;

        public readonly List<Word> Words => words;

        public readonly List<WordInfo> Infos => infos;

        public void Clear(int offset)
        {
            words.Clear();
            infos.Clear();
            _offset = offset;
        }

        public readonly void Add(ReadOnlySpan<char> folded, int start, int length)
        {
            var info = Vocabulary.Get(folded);
            words.Add(new Word(info.Text, _offset + start, length));
            infos.Add(info);
        }
    }

    private static IEnumerable<(int Start, int End)> ParagraphSpans(string text)
    {
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '\n')
            {
                // A blank line (only spaces between two line breaks) ends a paragraph.
                var j = i + 1;
                while (j < text.Length && text[j] is ' ' or '\t' or '\r')
                {
                    j++;
                }

                if (j < text.Length && text[j] == '\n')
                {
                    yield return Trim(text, start, i);
                    while (j < text.Length && char.IsWhiteSpace(text[j]))
                    {
                        j++;
                    }

                    start = j;
                    i = j;
                    continue;
                }
            }

            i++;
        }

        yield return Trim(text, start, text.Length);
    }

    private static IEnumerable<(int Start, int End)> SentenceSpans(string text, int start, int end)
    {
        var s = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            // Take closing quotes and brackets with the sentence.
            var stop = i + 1;
            while (stop < end && text[stop] is '"' or '\'' or ')' or '\u201D' or '\u2019' or '.' or '!' or '?')
            {
                stop++;
            }

            if (stop < end && !char.IsWhiteSpace(text[stop]))
            {
                continue; // "1.5", "U.S.", "e.g.,"
            }

            if (c == '.' && IsAbbreviation(text, s, i))
            {
                continue;
            }

            // The next sentence starts with a capital, a digit or a quote; otherwise this was no sentence end.
            var next = stop;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < end && char.IsLower(text[next]))
            {
                continue;
            }

            var span = Trim(text, s, stop);
            if (span.End > span.Start)
            {
                yield return span;
            }

            s = next;
            i = next - 1;
        }

        var rest = Trim(text, s, end);
        if (rest.End > rest.Start)
        {
            yield return rest;
        }
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var w = dot;
        while (w > sentenceStart && (char.IsLetter(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }

        var word = text.AsSpan(w, dot - w);
        if (word.Length == 0)
        {
            return false;
        }

        // A single capital is an initial: "A. J. P. Taylor", "E. H. Carr".
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return AbbreviationsBySpan.Contains(word);
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
