using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Clio.Knowledge;

namespace Clio.Revision;

/// <summary>
/// Builds the lesson of a notes section: the section's Markdown split by its headings and paragraphs into chunks
/// of about <see cref="ChunkWords"/> words, each followed by one or two checks: the section's self-review
/// questions (with the pack's answer outlines) where they fit the chunk, or a quiz question on an entry the chunk
/// links to. Then any decision scenario of the section, the self-review questions no chunk took, and the practice
/// questions. A lesson is meant to take about <see cref="Target"/>: reading at <see cref="WordsPerMinute"/> words a
/// minute and <see cref="PerCheck"/> for each check; a second check is added after a chunk only while the lesson
/// stays within the target. The same section always gives the same lesson.
/// </summary>
public static partial class LessonBuilder
{
    /// <summary>The reading speed the estimate assumes.</summary>
    public const int WordsPerMinute = 200;

    /// <summary>The words a reading chunk aims at; a paragraph or list item is never split.</summary>
    public const int ChunkWords = 170;

    private static readonly ConditionalWeakTable<KnowledgeBase, QuizGenerator> Generators = [];

    /// <summary>The time the estimate allows for each check question.</summary>
    public static TimeSpan PerCheck { get; } = TimeSpan.FromSeconds(20);

    /// <summary>The length a lesson aims at.</summary>
    public static TimeSpan Target { get; } = TimeSpan.FromMinutes(6);

    /// <summary>The lesson of one notes section.</summary>
    /// <exception cref="ArgumentException">No notes section has the id.</exception>
    public static Lesson Build(KnowledgeBase knowledge, string sectionId)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var note = knowledge.Find<NoteSection>(sectionId) ?? throw new ArgumentException($"No notes section has the id '{sectionId}'.", nameof(sectionId));
        var generator = Generators.GetValue(knowledge, k => new QuizGenerator(k));
        var random = new Random(StableSeed(note.Id));
        var authored = knowledge.LessonFor(note.Id);
        var chunks = Chunks(note);

        // Each self-review question goes after the chunk it fits best; the rest wait for the end.
        var answers = note.SelfReviewQuestions
            .Select(q => (Question: q, Answer: authored?.SelfReview.FirstOrDefault(a => a.Question == q)))
            .ToList();
        var placed = new List<(string Question, SelfReviewAnswer? Answer)>[chunks.Count];
        for (var i = 0; i < placed.Length; i++)
        {
            placed[i] = [];
        }

        // The best fits are placed first, at most two questions to a chunk; what fits nowhere waits for the end.
        var chunkWords = chunks.Select(c => KeyWords(c.Markdown)).ToList();
        var fits = answers
            .SelectMany((a, q) => Enumerable.Range(0, chunks.Count).Select(i => (Question: q, Chunk: i, Score: Fit(a.Question, a.Answer, chunks[i], chunkWords, i))))
            .Where(f => f.Score >= 1.5)
            .OrderByDescending(f => f.Score)
            .ThenBy(f => f.Question)
            .ThenBy(f => f.Chunk);
        var home = new int[answers.Count];
        Array.Fill(home, -1);
        foreach (var (question, chunk, _) in fits)
        {
            if (home[question] < 0 && placed[chunk].Count < 2)
            {
                home[question] = chunk;
                placed[chunk].Add(answers[question]);
            }
        }

        // Within a chunk, questions keep the note's order.
        for (var i = 0; i < placed.Length; i++)
        {
            placed[i] = [.. placed[i].OrderBy(answers.IndexOf)];
        }

        var leftOver = answers.Where((_, q) => home[q] < 0).ToList();

        // Decision scenarios take several minutes of their own, so they stand apart from the six-minute lesson.
        var practice = authored?.Practice ?? [];
        var fixedTime = chunks.Sum(c => c.Words) * 60.0 / WordsPerMinute
                        + (answers.Count * PerCheck.TotalSeconds)
                        + practice.Sum(p => new PracticeStep(p).EstimatedTime.TotalSeconds);

        // Every chunk gets at least one check; a second only while the lesson stays within the target.
        var quizzes = new int[chunks.Count];
        var time = fixedTime;
        for (var i = 0; i < chunks.Count; i++)
        {
            if (placed[i].Count == 0)
            {
                quizzes[i] = 1;
                time += PerCheck.TotalSeconds;
            }
        }

        for (var i = 0; i < chunks.Count && time + PerCheck.TotalSeconds <= Target.TotalSeconds; i++)
        {
            if (placed[i].Count + quizzes[i] < 2)
            {
                quizzes[i]++;
                time += PerCheck.TotalSeconds;
            }
        }

        var steps = new List<LessonStep>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            steps.Add(chunk);
            steps.AddRange(placed[i].Select(p => Review(p.Question, p.Answer)));
            var asked = 0;
            // The chunk's own links first (a work stands for its historian), then events it names, then the section's events.
            var candidates = chunk.Entries
                .SelectMany(id => knowledge.Find(id) is Source ? knowledge.Historians.Where(h => h.Works.Contains(id)).Select(h => h.Id) : [id])
                .Concat(note.Events.Where(e => Mentions(chunk, knowledge.Find(e))))
                .Concat(note.Events)
                .Distinct(StringComparer.Ordinal);
            foreach (var id in candidates)
            {
                if (asked >= quizzes[i])
                {
                    break;
                }

                if (generator.About(id, note.Id, random, used) is { } item)
                {
                    used.Add(item.Id);
                    steps.Add(new CheckStep(item));
                    asked++;
                }
            }
        }

        steps.AddRange(leftOver.Select(p => Review(p.Question, p.Answer)));
        steps.AddRange(practice.Select(p => new PracticeStep(p)));
        return new Lesson(note.Id, note.Title, steps);
    }

    /// <summary>The lessons of every notes section, in course order.</summary>
    public static IReadOnlyList<Lesson> BuildAll(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return [.. knowledge.Notes.Select(n => Build(knowledge, n.Id))];
    }

    /// <summary>The words of a Markdown text, counting a link's shown text only.</summary>
    public static int CountWords(string markdown) =>
        Link().Replace(markdown, m => m.Groups["text"].Success ? m.Groups["text"].Value : m.Groups["id"].Value)
            .Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Count(w => w.Any(char.IsLetterOrDigit));

    private static SelfReviewStep Review(string question, SelfReviewAnswer? answer) =>
        new(question, answer?.Answer, answer?.Entries ?? []);

    private static bool Mentions(ReadingStep chunk, Entry? entry) =>
        entry is not null && Wording.ContainsWord(chunk.Markdown, Wording.StripParenthesis(entry.Title));

    private static HashSet<string> KeyWords(string markdown) =>
        Wording.KeyTokens(Link().Replace(markdown, m => m.Groups["text"].Success ? m.Groups["text"].Value : m.Groups["id"].Value))
            .Where(t => t.Length > 3)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// How well a self-review question fits a chunk: the words they share, each weighted by how few chunks use it
    /// (so "terror" counts for more than "security"), and twice for each of the answer's entries the chunk links.
    /// </summary>
    private static double Fit(string question, SelfReviewAnswer? answer, ReadingStep chunk, List<HashSet<string>> chunkWords, int index)
    {
        var shared = KeyWords(question)
            .Where(chunkWords[index].Contains)
            .Sum(w => Math.Log((double)chunkWords.Count / chunkWords.Count(c => c.Contains(w))) + 0.25);
        var linked = answer?.Entries.Count(chunk.Entries.Contains) ?? 0;
        return shared + (2 * linked);
    }

    /// <summary>The note's parts (but its self-review questions) split into chunks of whole paragraphs and list items.</summary>
    private static List<ReadingStep> Chunks(NoteSection note)
    {
        var chunks = new List<ReadingStep>();
        var parts = note.Sections.Count > 0 ? note.Sections : [new NoteHeading(note.Title, note.Markdown)];
        foreach (var part in parts.Where(p => !string.Equals(p.Heading, NoteSection.SelfReviewHeading, StringComparison.OrdinalIgnoreCase)))
        {
            var blocks = Blocks(part.Markdown);
            var current = new List<string>();
            var words = 0;
            foreach (var block in blocks)
            {
                var blockWords = CountWords(block);
                if (current.Count > 0 && words + blockWords > ChunkWords && words >= ChunkWords / 3)
                {
                    chunks.Add(Chunk(part.Heading, current, words));
                    current = [];
                    words = 0;
                }

                current.Add(block);
                words += blockWords;
            }

            if (current.Count > 0)
            {
                // A short tail joins the chunk before it rather than standing alone.
                if (words < ChunkWords / 3 && chunks.Count > 0 && chunks[^1].Heading == part.Heading)
                {
                    var previous = chunks[^1];
                    chunks[^1] = Chunk(part.Heading, [previous.Markdown, .. current], previous.Words + words);
                }
                else
                {
                    chunks.Add(Chunk(part.Heading, current, words));
                }
            }
        }

        return chunks;
    }

    private static ReadingStep Chunk(string heading, List<string> blocks, int words)
    {
        var markdown = string.Join("\n\n", blocks);
        var entries = Link().Matches(markdown).Select(m => m.Groups["id"].Value.Trim()).Distinct(StringComparer.Ordinal).ToList();
        return new ReadingStep(heading, markdown, words, entries);
    }

    /// <summary>Paragraphs and list items, each whole.</summary>
    private static List<string> Blocks(string markdown)
    {
        var blocks = new List<string>();
        var current = new List<string>();
        void Flush()
        {
            if (current.Count > 0)
            {
                blocks.Add(string.Join('\n', current).Trim());
                current.Clear();
            }
        }

        foreach (var line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
            }
            else if (ListItem().IsMatch(line))
            {
                Flush();
                current.Add(line);
            }
            else
            {
                current.Add(line);
            }
        }

        Flush();
        return blocks;
    }

    /// <summary>A seed from an id that is the same on every run and every machine (string hashes are not).</summary>
    internal static int StableSeed(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    [GeneratedRegex(@"\[\[(?<id>[^\]|]+)(?:\|(?<text>[^\]]*))?\]\]")]
    private static partial Regex Link();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex ListItem();
}
