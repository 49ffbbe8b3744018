using System.Text.RegularExpressions;
using Clio.Knowledge;
using Clio.Text;

namespace Clio.Packs;

public static partial class PackLoader
{
    private static readonly string[] CardKeys = ["id", "kind", "section", "themes", "front", "back", "answers", "entries"];
    private static readonly string[] CardKinds = ["fact", "argument", "historiography", "concept", "cause"];
    private static readonly string[] LessonKeys = ["section", "self-review", "practice"];
    private static readonly string[] SelfReviewKeys = ["question", "answer", "entries"];
    private static readonly string[] PracticeKeys = ["question", "marks", "guidance", "entries"];
    private static readonly string[] ScenarioKeys = ["id", "title", "date", "role", "section", "situation", "options", "outcome", "debate", "entries"];
    private static readonly string[] OptionKeys = ["id", "text", "historical", "consequence"];
    private static readonly string[] DebateKeys = ["historian", "view"];

    // The verbs a card's front may open with when it is a prompt rather than a question.
    private static readonly string[] PromptVerbs =
    [
        "name", "define", "explain", "give", "state", "identify", "describe", "outline", "list", "summarise", "summarize",
        "compare", "contrast", "assess", "evaluate", "analyse", "analyze", "account", "distinguish", "date", "complete",
        "recall", "match", "put", "suggest", "show", "trace", "sum", "set", "say", "write", "note",
    ];

    /// <summary>The parts of the loader that read flashcards, lessons and decision scenarios.</summary>
    private sealed partial class Builder
    {
        // Cards and scenarios are not entries, but their ids share the entries' namespace: one id, one thing.
        private readonly Dictionary<string, SourceLocation> _revisionIds = new(StringComparer.Ordinal);
        private readonly List<AuthoredCard> _cards = [];
        private readonly List<(AuthoredLesson Lesson, SourceLocation SectionAt, List<SourceLocation> QuestionsAt)> _lessons = [];
        private readonly List<Scenario> _scenarios = [];

        private void ReadCard(YMapping mapping)
        {
            var reader = Reader(mapping, "a card", CardKeys);
            var id = ReadRevisionId(reader, "card-", "card-rapallo-secret-cooperation");
            var kind = ReadChoice(reader, "kind", CardKinds, "card kind");
            var front = reader.Required("front");
            var back = reader.Required("back");
            if (front.Length > 0 && !IsQuestionOrPrompt(front))
            {
                reader.Error(mapping["front"]!.Location, "a card's front must be a question ending in '?' or a prompt such as 'Name…', 'Define…' or 'Explain…'");
            }

            var answers = new List<string>();
            if (mapping["answers"] is { } answersNode)
            {
                var frontTokens = TextFolding.Tokenize(front).Select(t => t.Token).ToList();
                foreach (var answer in reader.Texts(answersNode, "answers"))
                {
                    answers.Add(answer.Value);
                    var answerTokens = TextFolding.Tokenize(answer.Value).Select(t => t.Token).ToList();
                    if (answerTokens.Count > 0 && ContainsRun(frontTokens, answerTokens))
                    {
                        reader.Error(answer.Location, $"the answer '{answer.Value}' appears in the card's front", "a front must not give its answer away: reword the front, or drop this answer");
                    }
                }
            }

            var entries = reader.References("entries");
            if (entries.Count == 0)
            {
                reader.Error(mapping["entries"]?.Location ?? reader.Location, "a card needs the entries behind it", "add 'entries: [...]' with one or more entry ids");
            }

            var card = new AuthoredCard
            {
                Id = id ?? string.Empty,
                Kind = (AuthoredCardKind)Math.Max(0, kind),
                Section = reader.Reference("section", EntryKind.Note),
                Themes = reader.References("themes", EntryKind.Theme),
                Front = front,
                Back = back,
                Answers = answers,
                Entries = entries,
                Location = reader.Location,
            };
            if (id is not null && !reader.HasErrors)
            {
                _cards.Add(card);
            }
        }

        private void ReadLesson(YMapping mapping)
        {
            var reader = Reader(mapping, "a lesson", LessonKeys);
            var section = reader.Reference("section", EntryKind.Note);
            if (section is null)
            {
                reader.Required("section");
            }
            else if (_lessons.FirstOrDefault(l => l.Lesson.Section == section) is { Lesson: not null } earlier)
            {
                reader.Error(mapping["section"]!.Location, $"the section '{section}' already has a lesson", $"it is at {earlier.Lesson.Location}: merge the two");
            }

            var selfReview = new List<SelfReviewAnswer>();
            var questionsAt = new List<SourceLocation>();
            foreach (var item in Mappings(reader, mapping["self-review"], "self-review", "question and answer"))
            {
                var inner = Reader(item, "a self-review answer", SelfReviewKeys);
                var question = inner.Required("question");
                var answer = inner.Required("answer");
                var entries = inner.References("entries");
                if (inner.HasErrors)
                {
                    reader.Error(item.Location, "this self-review answer has errors (see above)");
                    continue;
                }

                selfReview.Add(new SelfReviewAnswer(question, answer, entries));
                questionsAt.Add(item["question"]!.Location);
            }

            var practice = new List<PracticeQuestion>();
            foreach (var item in Mappings(reader, mapping["practice"], "practice", "question, marks and guidance"))
            {
                var inner = Reader(item, "a practice question", PracticeKeys);
                var question = inner.Required("question");
                var marks = WholeNumber(inner, "marks", required: true) ?? 0;
                var guidance = inner.Required("guidance");
                var entries = inner.References("entries");
                if (inner.HasErrors)
                {
                    reader.Error(item.Location, "this practice question has errors (see above)");
                    continue;
                }

                practice.Add(new PracticeQuestion(question, marks, guidance, entries));
            }

            if (selfReview.Count == 0 && practice.Count == 0 && !reader.HasErrors)
            {
                reader.Error(reader.Location, "a lesson needs 'self-review:' answers or 'practice:' questions");
            }

            if (section is not null && !reader.HasErrors)
            {
                var lesson = new AuthoredLesson { Section = section, SelfReview = selfReview, Practice = practice, Location = reader.Location };
                _lessons.Add((lesson, mapping["section"]!.Location, questionsAt));
            }
        }

        private void ReadScenario(YMapping mapping)
        {
            var reader = Reader(mapping, "a scenario", ScenarioKeys);
            var id = ReadRevisionId(reader, null, "scenario-august-1939");
            var title = reader.Required("title");
            var date = reader.Date("date", required: true);
            var situation = reader.Required("situation");
            var outcome = reader.Required("outcome");

            var options = new List<ScenarioOption>();
            foreach (var item in Mappings(reader, mapping["options"], "options", "id, text and consequence"))
            {
                var inner = Reader(item, "an option", OptionKeys);
                var optionId = inner.Required("id");
                var text = inner.Required("text");
                var consequence = inner.Required("consequence");
                var historical = ReadBoolean(inner, "historical");
                if (optionId.Length > 0 && options.Any(o => o.Id == optionId))
                {
                    inner.Error(item["id"]!.Location, $"the option id '{optionId}' is used twice in this scenario");
                }

                if (inner.HasErrors)
                {
                    reader.Error(item.Location, "this option has errors (see above)");
                    continue;
                }

                options.Add(new ScenarioOption(optionId, text, historical, consequence));
            }

            var optionsAt = mapping["options"]?.Location ?? reader.Location;
            if (!reader.HasErrors && options.Count is < 2 or > 4)
            {
                reader.Error(optionsAt, $"a scenario needs two to four options, not {options.Count}");
            }

            var historicalCount = options.Count(o => o.Historical);
            if (!reader.HasErrors && historicalCount != 1)
            {
                reader.Error(optionsAt, $"a scenario needs exactly one option with 'historical: true', not {historicalCount}", "mark the course that was taken, and only that one");
            }

            var debate = new List<HistorianView>();
            foreach (var item in Mappings(reader, mapping["debate"], "debate", "historian and view"))
            {
                var inner = Reader(item, "a historian's view", DebateKeys);
                var historian = inner.Reference("historian", EntryKind.Historian);
                if (historian is null)
                {
                    inner.Required("historian");
                }

                var view = inner.Required("view");
                if (inner.HasErrors)
                {
                    reader.Error(item.Location, "this view has errors (see above)");
                    continue;
                }

                debate.Add(new HistorianView(historian!, view));
            }

            if (!reader.HasErrors && debate.Count is < 1 or > 3)
            {
                reader.Error(mapping["debate"]?.Location ?? reader.Location, $"a scenario needs one to three historians' views under 'debate:', not {debate.Count}");
            }

            var entries = reader.References("entries");
            if (entries.Count == 0)
            {
                reader.Error(mapping["entries"]?.Location ?? reader.Location, "a scenario needs the entries behind it", "add 'entries: [...]' with one or more entry ids");
            }

            var scenario = new Scenario
            {
                Id = id ?? string.Empty,
                Title = title,
                Date = date ?? default,
                Role = reader.Optional("role"),
                Section = reader.Reference("section", EntryKind.Note),
                Situation = situation,
                Options = options,
                Outcome = outcome,
                Debate = debate,
                Entries = entries,
                Location = reader.Location,
            };
            if (id is not null && date is not null && !reader.HasErrors)
            {
                _scenarios.Add(scenario);
            }
        }

        /// <summary>Reads the id of a card or scenario: well formed, with its prefix, and not used twice.</summary>
        private string? ReadRevisionId(EntryReader reader, string? prefix, string example)
        {
            var id = reader.Required("id");
            if (id.Length == 0)
            {
                return null;
            }

            var at = reader.Node("id")!.Location;
            if (!IdPattern().IsMatch(id))
            {
                reader.Error(at, $"'{id}' is not a valid id", $"ids are lower-case words joined by hyphens, e.g. '{example}'");
                return null;
            }

            if (prefix is not null && !id.StartsWith(prefix, StringComparison.Ordinal))
            {
                reader.Error(at, $"the id '{id}' must start with '{prefix}'", $"e.g. '{prefix}{id}'");
                return null;
            }

            if (_revisionIds.TryGetValue(id, out var first))
            {
                reader.Error(at, $"duplicate id '{id}'", $"it is already used at {first}");
                return null;
            }

            _revisionIds[id] = at;
            return id;
        }

        private static int ReadChoice(EntryReader reader, string key, string[] choices, string what)
        {
            var text = reader.Required(key);
            if (text.Length == 0)
            {
                return -1;
            }

            var index = Array.IndexOf(choices, text);
            if (index < 0)
            {
                var near = Suggestions.Nearest(text, choices, 1);
                reader.Error(reader.Node(key)!.Location, $"unknown {what} '{text}'", near.Count > 0 ? $"did you mean '{near[0]}'?" : $"the kinds are: {string.Join(", ", choices)}");
            }

            return index;
        }

        private static bool ReadBoolean(EntryReader reader, string key)
        {
            var text = reader.Optional(key);
            switch (text?.ToLowerInvariant())
            {
                case null or "false" or "no":
                    return false;
                case "true" or "yes":
                    return true;
                default:
                    reader.Error(reader.Node(key)!.Location, $"'{key}' must be true or false, not '{text}'");
                    return false;
            }
        }

        /// <summary>Checks what needs every file read: lessons against their notes, and ids against the entries'.</summary>
        private void CheckRevision()
        {
            foreach (var (id, at) in _revisionIds)
            {
                if (_ids.TryGetValue(id, out var entry))
                {
                    Error(at, $"duplicate id '{id}'", $"it is already used by the {entry.Kind.ToString().ToLowerInvariant()} at {entry.Location}");
                }
            }

            var notes = _notes.ToDictionary(n => n.Id, StringComparer.Ordinal);
            for (var i = 0; i < _lessons.Count; i++)
            {
                var (lesson, _, questionsAt) = _lessons[i];
                if (!notes.TryGetValue(lesson.Section, out var note))
                {
                    continue;
                }

                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (var q = 0; q < lesson.SelfReview.Count; q++)
                {
                    var question = lesson.SelfReview[q].Question.Trim();
                    if (!note.SelfReviewQuestions.Contains(question, StringComparer.Ordinal))
                    {
                        var nearest = NearestQuestion(question, note.SelfReviewQuestions);
                        Error(
                            questionsAt[q],
                            $"this is not one of the self-review questions of '{note.Id}'",
                            nearest is null ? "copy the question exactly from the note's 'Self-review questions' list" : $"did you mean \"{nearest}\"?");
                    }
                    else if (!seen.Add(question))
                    {
                        Error(questionsAt[q], "this self-review question is answered twice in the lesson");
                    }
                }

                // Answers come in the note's order, whatever order the lesson gives them in.
                var ordered = lesson.SelfReview
                    .OrderBy(a => IndexOrLast(note.SelfReviewQuestions, a.Question.Trim()))
                    .Select(a => a with { Question = a.Question.Trim() })
                    .ToList();
                _lessons[i] = (lesson with { SelfReview = ordered }, _lessons[i].SectionAt, questionsAt);
            }
        }

        private static int IndexOrLast(IReadOnlyList<string> list, string item)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (string.Equals(list[i], item, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return list.Count;
        }

        /// <summary>The question of a list that shares the most words with the given one, or null when none shares half.</summary>
        private static string? NearestQuestion(string question, IReadOnlyList<string> questions)
        {
            var words = TextFolding.Tokenize(question).Select(t => t.Token).ToHashSet(StringComparer.Ordinal);
            string? best = null;
            var bestScore = 0.5;
            foreach (var candidate in questions)
            {
                var other = TextFolding.Tokenize(candidate).Select(t => t.Token).ToHashSet(StringComparer.Ordinal);
                var union = words.Union(other).Count();
                var score = union == 0 ? 0 : (double)words.Intersect(other).Count() / union;
                if (score >= bestScore)
                {
                    best = candidate;
                    bestScore = score;
                }
            }

            return best;
        }
    }

    private static bool IsQuestionOrPrompt(string front)
    {
        var trimmed = front.TrimEnd();
        if (trimmed.EndsWith('?'))
        {
            return true;
        }

        var first = FirstWord().Match(trimmed);
        return first.Success && PromptVerbs.Contains(first.Value.ToLowerInvariant());
    }

    /// <summary>Whether <paramref name="run"/> occurs in <paramref name="tokens"/> as consecutive tokens.</summary>
    private static bool ContainsRun(List<string> tokens, List<string> run)
    {
        for (var i = 0; i + run.Count <= tokens.Count; i++)
        {
            var match = true;
            for (var j = 0; j < run.Count && match; j++)
            {
                match = tokens[i + j] == run[j];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^[A-Za-z]+")]
    private static partial Regex FirstWord();
}
