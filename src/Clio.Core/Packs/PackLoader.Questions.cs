using System.Globalization;
using System.Text.RegularExpressions;
using Clio.Knowledge;
using Clio.Text;

namespace Clio.Packs;

public static partial class PackLoader
{
    private static readonly string[] EssayKinds = ["model", "plan", "calibration"];
    private static readonly string[] Sides = ["for", "against", "neutral"];

    /// <summary>The parts of the loader that read mark schemes, questions, essays and misconceptions.</summary>
    private sealed partial class Builder
    {
        private void ReadScheme(YMapping mapping)
        {
            var reader = Reader(mapping, "a mark scheme", SchemeKeys);
            var id = ReadId(reader, EntryKind.Scheme);
            var board = reader.Required("board");
            var marks = WholeNumber(reader, "marks", required: true) ?? 0;
            var objectives = Mappings(reader, mapping["objectives"], "objectives", "id, marks and levels").Select(o => ReadObjective(reader, o)).ToList();
            if (mapping["objectives"] is null or YScalar { IsNull: true })
            {
                reader.Error(reader.Location, "a mark scheme needs 'objectives:', a list with id, marks and levels");
            }

            if (objectives.Count > 0 && marks > 0 && objectives.Sum(o => o.Marks) != marks)
            {
                reader.Error(mapping["marks"]!.Location, $"the objectives' marks add up to {objectives.Sum(o => o.Marks)}, not {marks}");
            }

            if (id is not null && !reader.HasErrors)
            {
                _schemes.Add(new MarkScheme
                {
                    Id = id,
                    Title = board + (reader.Optional("paper") is { } p ? ", " + p : string.Empty),
                    Board = board,
                    Paper = reader.Optional("paper"),
                    Marks = marks,
                    Objectives = objectives,
                    Location = reader.Location,
                });
            }
        }

        private AssessmentObjective ReadObjective(EntryReader scheme, YMapping mapping)
        {
            var reader = Reader(mapping, "an objective", ObjectiveKeys);
            var id = reader.Required("id");
            var marks = WholeNumber(reader, "marks", required: true) ?? 0;
            var levels = new List<LevelDescriptor>();
            if (mapping["levels"] is null or YScalar { IsNull: true })
            {
                reader.Error(reader.Location, "an objective needs 'levels:', a list from the highest level down");
            }

            foreach (var levelMapping in Mappings(reader, mapping["levels"], "levels", "level, marks and descriptor"))
            {
                var level = Reader(levelMapping, "a level", LevelKeys);
                var number = WholeNumber(level, "level", required: true) ?? 0;
                var band = MarkBand(level);
                var descriptor = level.Required("descriptor");
                if (level.HasErrors)
                {
                    reader.Error(levelMapping.Location, "this level has errors (see above)");
                    continue;
                }

                levels.Add(new LevelDescriptor(number, band.Min, band.Max, descriptor));
            }

            levels = [.. levels.OrderByDescending(l => l.Level)];
            for (var i = 1; i < levels.Count; i++)
            {
                if (levels[i].Level == levels[i - 1].Level)
                {
                    reader.Error(reader.Location, $"level {levels[i].Level} is given twice");
                }
                else if (levels[i].MaxMark >= levels[i - 1].MinMark)
                {
                    reader.Error(reader.Location, $"the marks of level {levels[i].Level} ({levels[i].MinMark}–{levels[i].MaxMark}) overlap those of level {levels[i - 1].Level} ({levels[i - 1].MinMark}–{levels[i - 1].MaxMark})");
                }
            }

            if (levels.Count > 0 && levels[0].MaxMark != marks)
            {
                reader.Error(reader.Location, $"the top level ends at {levels[0].MaxMark} marks, but the objective is worth {marks}");
            }

            if (reader.HasErrors)
            {
                scheme.Error(mapping.Location, "this objective has errors (see above)");
            }

            return new AssessmentObjective(id, reader.Optional("title") ?? id, marks, levels);
        }

        private static (int Min, int Max) MarkBand(EntryReader level)
        {
            var text = level.Required("marks");
            var match = BandPattern().Match(text);
            if (!match.Success)
            {
                if (text.Length > 0)
                {
                    level.Error(level.Node("marks")!.Location, $"'{text}' is not a mark band", "write a band such as '13–15', or one mark such as '1'");
                }

                return (0, 0);
            }

            var min = int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture);
            var max = match.Groups["max"].Success ? int.Parse(match.Groups["max"].Value, CultureInfo.InvariantCulture) : min;
            if (max < min)
            {
                level.Error(level.Node("marks")!.Location, $"the band {text} ends before it starts");
            }

            return (min, max);
        }

        private static int? WholeNumber(EntryReader reader, string key, bool required)
        {
            var text = required ? reader.Required(key) : reader.Optional(key);
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                reader.Error(reader.Node(key)!.Location, $"'{key}' must be a whole number, not '{text}'");
                return null;
            }

            return value;
        }

        private void ReadQuestion(YMapping mapping)
        {
            var reader = Reader(mapping, "a question", QuestionKeys);
            var id = ReadId(reader, EntryKind.Question);
            var text = reader.Required("text");
            var scheme = reader.Reference("scheme", EntryKind.Scheme);
            if (scheme is null)
            {
                reader.Required("scheme");
            }

            var marks = WholeNumber(reader, "marks", required: true) ?? 0;
            var command = reader.Required("command-word");
            if (command.Length > 0 && !Question.CommandWords.Contains(command))
            {
                var near = Suggestions.Nearest(command, Question.CommandWords, 1);
                reader.Error(mapping["command-word"]!.Location, $"unknown command word '{command}'", near.Count > 0 ? $"did you mean '{near[0]}'?" : $"the command words are: {string.Join(", ", Question.CommandWords)}");
            }

            var points = new List<IndicativePoint>();
            var pointIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var point in Mappings(reader, mapping["points"], "points", "id, statement and concepts"))
            {
                var read = ReadPoint(point);
                if (read is null)
                {
                    reader.Error(point.Location, "this point has errors (see above)");
                }
                else if (!pointIds.Add(read.Id))
                {
                    reader.Error(point["id"]!.Location, $"the point id '{read.Id}' is used twice in this question");
                }
                else
                {
                    points.Add(read);
                }
            }

            if (points.Count == 0)
            {
                reader.Error(mapping["points"]?.Location ?? reader.Location, "a question needs its indicative content", "add 'points:' with id, statement and concepts for each");
            }

            var question = new Question
            {
                Id = id ?? string.Empty,
                Title = text,
                SchemeId = scheme ?? string.Empty,
                Board = reader.Optional("board"),
                Paper = reader.Optional("paper"),
                Examined = WholeNumber(reader, "examined", required: false),
                Marks = marks,
                CommandWord = command,
                Period = reader.Date("period", required: false),
                Themes = reader.References("themes", EntryKind.Theme),
                Claim = reader.Optional("claim"),
                Points = points,
                Location = reader.Location,
            };
            if (id is not null && !reader.HasErrors)
            {
                _questions.Add((question, mapping["scheme"]?.Location ?? reader.Location));
            }
        }

        private IndicativePoint? ReadPoint(YMapping mapping)
        {
            var reader = Reader(mapping, "a point", PointKeys);
            var id = reader.Required("id");
            var statement = reader.Required("statement");
            var sideText = reader.Optional("side") ?? "neutral";
            var side = Array.IndexOf(Sides, sideText);
            if (side < 0)
            {
                reader.Error(mapping["side"]!.Location, $"unknown side '{sideText}'", "the sides are: for, against, neutral");
            }

            var entries = reader.References("entries");
            var concepts = reader.List("concepts").Select(c => c.ToLowerInvariant()).ToList();
            if (concepts.Count == 0)
            {
                reader.Error(mapping["concepts"]?.Location ?? reader.Location, "a point needs the concepts that evidence it", "add 'concepts: [...]' with the words a student sentence making this point would use");
            }

            return reader.HasErrors ? null : new IndicativePoint(id, statement, reader.Optional("objective"), (ArgumentSide)Math.Max(0, side), entries, concepts);
        }

        private void ReadEssay(string path, string text)
        {
            if (ReadFrontMatter(path, text, "'question:' and 'kind:'") is not var (mapping, body, _))
            {
                return;
            }

            var reader = Reader(mapping, "an essay", EssayKeys);
            var question = reader.Reference("question", EntryKind.Question);
            if (question is null)
            {
                reader.Required("question");
            }

            var kindText = reader.Required("kind");
            var kind = Array.IndexOf(EssayKinds, kindText);
            if (kindText.Length > 0 && kind < 0)
            {
                reader.Error(mapping["kind"]!.Location, $"unknown essay kind '{kindText}'", "the kinds are: model, plan, calibration");
            }

            var level = WholeNumber(reader, "level", required: kindText == "calibration");
            if (string.IsNullOrWhiteSpace(body))
            {
                reader.Error(new SourceLocation(path, 1, 1), "the essay has no text after its header");
            }

            if (question is not null && kind >= 0 && !reader.HasErrors)
            {
                _essays.Add((question, new Essay((EssayKind)kind, level, reader.Optional("note"), body.Trim(), new SourceLocation(path, 1, 1)), mapping.Location));
            }
        }

        private void ReadMisconception(YMapping mapping)
        {
            var reader = Reader(mapping, "a misconception", MisconceptionKeys);
            var id = ReadId(reader, EntryKind.Misconception);
            var wrong = reader.Required("wrong");
            var patterns = new List<IReadOnlyList<string>>();
            if (mapping["patterns"] is YSequence list)
            {
                foreach (var item in list.Items)
                {
                    var words = reader.Texts(item, "patterns").Select(w => TextFolding.Normalize(w.Value)).Where(w => w.Length > 0).ToList();
                    if (words.Count == 0)
                    {
                        reader.Error(item.Location, "each pattern is a list of words, such as [pact, signed, berlin]");
                        continue;
                    }

                    patterns.Add(words);
                }
            }

            if (patterns.Count == 0)
            {
                reader.Error(mapping["patterns"]?.Location ?? reader.Location, "a misconception needs 'patterns:', lists of words that together signal it");
            }

            var misconception = new Misconception
            {
                Id = id ?? string.Empty,
                Title = wrong,
                Patterns = patterns,
                Correction = reader.Required("correction"),
                Entries = reader.References("entries"),
                Sources = reader.SourceRefs("sources", required: true),
                Location = reader.Location,
            };
            if (misconception.Entries.Count == 0)
            {
                reader.Error(mapping["entries"]?.Location ?? reader.Location, "a misconception needs the entries behind its correction");
            }

            if (id is not null && !reader.HasErrors)
            {
                _misconceptions.Add(misconception);
            }
        }

        /// <summary>Checks what needs every file read: marks against schemes, objectives, essays' levels.</summary>
        private void CheckQuestions()
        {
            var schemes = _schemes.ToDictionary(s => s.Id, StringComparer.Ordinal);
            var questions = _questions.ToDictionary(q => q.Question.Id, StringComparer.Ordinal);
            foreach (var (question, schemeAt) in _questions)
            {
                if (!schemes.TryGetValue(question.SchemeId, out var scheme))
                {
                    continue;
                }

                if (scheme.Marks != question.Marks)
                {
                    Error(schemeAt, $"the question is worth {question.Marks} marks but its scheme '{scheme.Id}' is worth {scheme.Marks}");
                }

                var objectives = scheme.Objectives.Select(o => o.Id).ToList();
                foreach (var point in question.Points.Where(p => p.Objective is not null && objectives.Count > 1 && !objectives.Contains(p.Objective)))
                {
                    Error(question.Location, $"point '{point.Id}' serves '{point.Objective}', which scheme '{scheme.Id}' does not have", $"use one of: {string.Join(", ", objectives)}");
                }
            }

            foreach (var group in _essays.GroupBy(e => e.QuestionId, StringComparer.Ordinal))
            {
                if (!questions.TryGetValue(group.Key, out var entry))
                {
                    continue;
                }

                var top = schemes.TryGetValue(entry.Question.SchemeId, out var scheme) ? scheme.TopLevel : int.MaxValue;
                foreach (var (_, essay, at) in group)
                {
                    if (essay.Level is { } level && (level < 0 || level > top))
                    {
                        Error(at, $"level {level} does not exist: the scheme's levels run from 0 to {top}");
                    }
                }

                entry.Question.Essays = [.. group.Select(e => e.Essay).OrderBy(e => e.Kind).ThenByDescending(e => e.Level)];
            }
        }
    }

    [GeneratedRegex(@"^(?<min>\d+)(?:\s*[–—-]\s*(?<max>\d+))?$")]
    private static partial Regex BandPattern();
}
