using System.Text.RegularExpressions;
using Clio.Dates;
using Clio.Knowledge;
using Clio.Text;

namespace Clio.Packs;

/// <summary>
/// Loads and validates a pack. It reads every file, reports every problem it finds with its file, line, column
/// and a hint, and builds a <see cref="KnowledgeBase"/> only when there is no error. It never throws on bad
/// input: a broken pack is an expected failure, and comes back as diagnostics.
/// </summary>
public static partial class PackLoader
{
    private static readonly Lazy<KnowledgeBase> DefaultPack = new(LoadDefaultPack, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] TopLevelKeys = ["pack", "themes", "events", "actors", "historians", "terms", "sources", "schemes", "questions", "misconceptions", "cards", "lessons", "scenarios"];
    private static readonly string[] SchemeKeys = ["id", "board", "paper", "marks", "objectives"];
    private static readonly string[] ObjectiveKeys = ["id", "title", "marks", "levels"];
    private static readonly string[] LevelKeys = ["level", "marks", "descriptor"];
    private static readonly string[] QuestionKeys = ["id", "text", "scheme", "board", "paper", "examined", "marks", "command-word", "period", "themes", "claim", "points"];
    private static readonly string[] PointKeys = ["id", "statement", "objective", "side", "entries", "concepts"];
    private static readonly string[] EssayKeys = ["question", "kind", "level", "note"];
    private static readonly string[] MisconceptionKeys = ["id", "wrong", "patterns", "correction", "entries", "sources"];
    private static readonly string[] PackKeys = ["id", "title", "period", "levels", "boards", "description", "leaders"];
    private static readonly string[] ThemeKeys = ["id", "title", "description"];
    private static readonly string[] EventKeys = ["id", "title", "aliases", "type", "date", "julian", "end", "place", "actors", "signed-by", "themes", "summary", "significance", "causes", "related", "sources"];
    private static readonly string[] ActorKeys = ["id", "name", "kind", "aliases", "born", "died", "country", "summary", "roles", "themes", "sources"];
    private static readonly string[] RoleKeys = ["office", "of", "from", "to", "note"];
    private static readonly string[] HistorianKeys = ["id", "name", "kind", "aliases", "school", "argument", "arguments", "works", "members", "themes"];
    private static readonly string[] ArgumentKeys = ["claim", "themes", "events"];
    private static readonly string[] TermKeys = ["id", "term", "aliases", "definition", "themes", "coined-by", "championed-by", "related", "sources"];
    private static readonly string[] SourceKeys = ["id", "type", "authors", "editors", "title", "year", "publisher", "place", "journal", "volume", "issue", "pages", "in", "edition", "url", "note"];
    private static readonly string[] NoteKeys = ["id", "title", "order", "period", "themes", "events"];
    private static readonly string[] ActorKinds = ["person", "state", "organisation", "group"];
    private static readonly string[] HistorianKinds = ["historian", "school"];

    // Russia moved to the Gregorian calendar after 31 January 1918 (O.S.); the next day was 14 February 1918 (N.S.).
    private static readonly DateOnly GregorianReform = new(1918, 2, 14);

    /// <summary>The default pack, compiled into the binary; loaded once and shared.</summary>
    /// <exception cref="InvalidOperationException">The built-in pack is invalid: a bug, caught by the tests.</exception>
    public static KnowledgeBase Default => DefaultPack.Value;

    /// <summary>Whether a file of a pack is read by the loader: YAML anywhere, Markdown under <c>notes/</c>.</summary>
    public static bool IsPackFile(string relativePath) =>
        relativePath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ||
        relativePath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) ||
        ((relativePath.StartsWith("notes/", StringComparison.Ordinal) || relativePath.StartsWith("essays/", StringComparison.Ordinal)) &&
         relativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase));

    /// <summary>Loads the pack in a folder; a missing folder is a diagnostic like any other.</summary>
    public static PackLoadResult LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            var where = new SourceLocation(directory, 1, 1);
            return new PackLoadResult(null, [new Diagnostic(DiagnosticSeverity.Error, where, "no such folder", "give the folder that holds pack.yaml")]);
        }

        return Load(new DirectoryPackSource(directory));
    }

    /// <summary>Loads and validates a pack from any source.</summary>
    public static PackLoadResult Load(IPackFileSource source)
    {
        IReadOnlyList<PackFile> files;
        try
        {
            files = source.ReadFiles();
        }
        catch (IOException ex)
        {
            return Failed(source.Name, $"the pack cannot be read: {ex.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            return Failed(source.Name, "the pack cannot be read: permission denied");
        }

        return new Builder().Build(files);
    }

    private static PackLoadResult Failed(string name, string message) =>
        new(null, [new Diagnostic(DiagnosticSeverity.Error, new SourceLocation(name, 1, 1), message)]);

    private static KnowledgeBase LoadDefaultPack()
    {
        var result = Load(EmbeddedPackSource.Default);
        return result.Knowledge ?? throw new InvalidOperationException(
            "The built-in pack is invalid: " + string.Join("; ", result.Errors.Take(5)));
    }

    /// <summary>One load: the entries read so far, the diagnostics and the references still to check.</summary>
    private sealed partial class Builder
    {
        private readonly List<Diagnostic> _diagnostics = [];
        private readonly List<PendingReference> _references = [];
        private readonly Dictionary<string, (EntryKind Kind, SourceLocation Location)> _ids = new(StringComparer.Ordinal);

        // Themes have ids of their own, apart from entries: the theme 'collective-security' and the glossary
        // term 'collective-security' are different things, and references to themes are always typed.
        private readonly Dictionary<string, (EntryKind Kind, SourceLocation Location)> _themeIds = new(StringComparer.Ordinal);
        private readonly List<Theme> _themes = [];
        private readonly List<Event> _events = [];
        private readonly List<Actor> _actors = [];
        private readonly List<Historian> _historians = [];
        private readonly List<Term> _terms = [];
        private readonly List<Source> _sources = [];
        private readonly List<NoteSection> _notes = [];
        private readonly List<MarkScheme> _schemes = [];
        private readonly List<(Question Question, SourceLocation SchemeAt)> _questions = [];
        private readonly List<Misconception> _misconceptions = [];
        private readonly List<(string QuestionId, Essay Essay, SourceLocation At)> _essays = [];
        private PackInfo? _pack;
        private int _unreadableFiles;
        private SourceLocation? _packLocation;

        public PackLoadResult Build(IReadOnlyList<PackFile> files)
        {
            // Parsing YAML is most of the cost of a load and touches nothing shared, so the files are parsed in
            // parallel; everything after that runs in file order, so ids and diagnostics come out the same.
            var parsed = new (YNode? Root, List<Diagnostic> Diagnostics)[files.Count];
            Parallel.For(0, files.Count, i =>
            {
                var file = files[i];
                var diagnostics = new List<Diagnostic>();
                if (file.Text is not null && !file.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                {
                    parsed[i] = (YamlTree.Read(file.Path, file.Text, 0, diagnostics), diagnostics);
                }
            });

            for (var i = 0; i < files.Count; i++)
            {
                var file = files[i];
                if (file.Text is null)
                {
                    _unreadableFiles++;
                    Error(new SourceLocation(file.Path, 1, 1), file.Error ?? "the file cannot be read");
                }
                else if (file.Path.StartsWith("essays/", StringComparison.Ordinal))
                {
                    ReadEssay(file.Path, file.Text);
                }
                else if (file.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                {
                    ReadNote(file.Path, file.Text);
                }
                else
                {
                    ReadYamlFile(parsed[i].Root, parsed[i].Diagnostics);
                }
            }

            if (_pack is null)
            {
                Error(new SourceLocation("pack.yaml", 1, 1), "the pack has no metadata", "add a pack.yaml with 'pack:' holding id, title and period");
            }

            // A file that cannot be parsed hides its entries, so every reference to them would be reported as
            // unknown: a flood that buries the one real error. Fix the syntax first, then the references.
            if (_unreadableFiles > 0)
            {
                Warning(new SourceLocation("pack.yaml", 1, 1), $"references were not checked, because {_unreadableFiles} file(s) could not be read", "fix the errors above and validate again");
            }
            else
            {
                CheckReferences();
                CheckQuestions();
                CheckRevision();
            }

            var diagnostics = _diagnostics
                .OrderBy(d => d.Location.File, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ToList();
            if (_pack is null || diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                return new PackLoadResult(null, diagnostics);
            }

            var knowledge = new KnowledgeBase(_pack, _themes, _events, _actors, _historians, _terms, _sources, _notes, _schemes, _questions.Select(q => q.Question), _misconceptions, _cards, _lessons.Select(l => l.Lesson), _scenarios);
            return new PackLoadResult(knowledge, diagnostics);
        }

        private void Error(SourceLocation at, string message, string? hint = null) =>
            _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, at, message, hint));

        private void Warning(SourceLocation at, string message, string? hint = null) =>
            _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, at, message, hint));

        private void ReadYamlFile(YNode? root, List<Diagnostic> syntax)
        {
            _diagnostics.AddRange(syntax);
            if (root is null)
            {
                if (syntax.Count > 0)
                {
                    _unreadableFiles++;
                }

                return;
            }

            if (root is not YMapping top)
            {
                Error(root.Location, "a pack file must be a mapping of sections such as 'events:' or 'actors:'", "start the file with a key, e.g. 'events:'");
                return;
            }

            foreach (var (key, value) in top.Pairs)
            {
                switch (key.Value)
                {
                    case "pack":
                        ReadPack(key, value);
                        break;
                    case "themes":
                        ForEach(value, "themes", m => ReadTheme(m));
                        break;
                    case "events":
                        ForEach(value, "events", m => ReadEvent(m));
                        break;
                    case "actors":
                        ForEach(value, "actors", m => ReadActor(m));
                        break;
                    case "historians":
                        ForEach(value, "historians", m => ReadHistorian(m));
                        break;
                    case "terms":
                        ForEach(value, "terms", m => ReadTerm(m));
                        break;
                    case "sources":
                        ForEach(value, "sources", m => ReadSource(m));
                        break;
                    case "schemes":
                        ForEach(value, "schemes", m => ReadScheme(m));
                        break;
                    case "questions":
                        ForEach(value, "questions", m => ReadQuestion(m));
                        break;
                    case "misconceptions":
                        ForEach(value, "misconceptions", m => ReadMisconception(m));
                        break;
                    case "cards":
                        ForEach(value, "cards", m => ReadCard(m));
                        break;
                    case "lessons":
                        ForEach(value, "lessons", m => ReadLesson(m));
                        break;
                    case "scenarios":
                        ForEach(value, "scenarios", m => ReadScenario(m));
                        break;
                    default:
                        var near = Suggestions.Nearest(key.Value, TopLevelKeys, 1);
                        Error(key.Location, $"unknown section '{key.Value}'", near.Count > 0 ? $"did you mean '{near[0]}'?" : $"the sections are: {string.Join(", ", TopLevelKeys)}");
                        break;
                }
            }
        }

        private void ForEach(YNode node, string section, Action<YMapping> read)
        {
            if (node is YScalar { IsNull: true })
            {
                return;
            }

            if (node is not YSequence sequence)
            {
                Error(node.Location, $"'{section}' must be a list, each item starting with '- id: ...'");
                return;
            }

            foreach (var item in sequence.Items)
            {
                if (item is YMapping mapping)
                {
                    read(mapping);
                }
                else
                {
                    Error(item.Location, $"each item of '{section}' must be a mapping of keys such as 'id:' and 'title:'");
                }
            }
        }

        private EntryReader Reader(YMapping mapping, string what, string[] keys) => new(mapping, what, keys, _diagnostics, _references);

        /// <summary>
        /// The mappings of a nested list such as an actor's roles, reporting the list or any item that has the wrong
        /// shape. Nothing when the key is absent or empty.
        /// </summary>
        private static IEnumerable<YMapping> Mappings(EntryReader owner, YNode? node, string key, string shape)
        {
            if (node is null || node is YScalar { IsNull: true })
            {
                yield break;
            }

            if (node is not YSequence sequence)
            {
                owner.Error(node.Location, $"'{key}' must be a list, each item with {shape}");
                yield break;
            }

            foreach (var item in sequence.Items)
            {
                if (item is YMapping mapping)
                {
                    yield return mapping;
                }
                else
                {
                    owner.Error(item.Location, $"each item of '{key}' must be a mapping with {shape}");
                }
            }
        }

        /// <summary>Reads and registers the id; returns null when it is missing or malformed.</summary>
        private string? ReadId(EntryReader reader, EntryKind kind)
        {
            var id = reader.Required("id");
            if (id.Length == 0)
            {
                return null;
            }

            var at = reader.Node("id")!.Location;
            if (!IdPattern().IsMatch(id))
            {
                var fixedId = string.Join('-', TextFolding.Tokenize(id).Select(t => t.Token));
                reader.Error(at, $"'{id}' is not a valid id", fixedId.Length > 0 ? $"ids are lower-case words joined by hyphens, e.g. '{fixedId}'" : "ids are lower-case words joined by hyphens");
                return null;
            }

            var ids = kind == EntryKind.Theme ? _themeIds : _ids;
            if (ids.TryGetValue(id, out var first))
            {
                reader.Error(at, $"duplicate id '{id}'", $"it is already used by the {first.Kind.ToString().ToLowerInvariant()} at {first.Location}");
                return null;
            }

            ids[id] = (kind, at);
            return id;
        }

        private void ReadPack(YScalar key, YNode node)
        {
            if (_packLocation is { } first)
            {
                Error(key.Location, "the pack metadata is given twice", $"it is already given at {first}");
                return;
            }

            _packLocation = key.Location;
            if (node is not YMapping mapping)
            {
                Error(node.Location, "'pack' must be a mapping with id, title and period");
                return;
            }

            var reader = Reader(mapping, "the pack", PackKeys);
            var id = reader.Required("id");
            if (id.Length > 0 && !IdPattern().IsMatch(id))
            {
                reader.Error(mapping["id"]!.Location, $"'{id}' is not a valid id", "ids are lower-case words joined by hyphens");
            }

            _pack = new PackInfo
            {
                Id = id,
                Title = reader.Required("title"),
                Period = reader.Required("period"),
                Levels = reader.List("levels"),
                Boards = reader.List("boards"),
                Description = reader.Optional("description") ?? string.Empty,
                Leaders = reader.References("leaders", EntryKind.Actor),
            };
        }

        private void ReadTheme(YMapping mapping)
        {
            var reader = Reader(mapping, "a theme", ThemeKeys);
            var id = ReadId(reader, EntryKind.Theme);
            var title = reader.Required("title");
            var description = reader.Optional("description") ?? string.Empty;
            if (id is not null && !reader.HasErrors)
            {
                _themes.Add(new Theme { Id = id, Title = title, ThemeDescription = description, Location = reader.Location });
            }
        }

        private void ReadEvent(YMapping mapping)
        {
            var reader = Reader(mapping, "an event", EventKeys);
            var id = ReadId(reader, EntryKind.Event);
            var title = reader.Required("title");
            var type = reader.Required("type");
            if (type.Length > 0 && !EventTypes.All.Contains(type))
            {
                var near = Suggestions.Nearest(type, EventTypes.All, 1);
                reader.Error(mapping["type"]!.Location, $"unknown event type '{type}'", near.Count > 0 ? $"did you mean '{near[0]}'?" : $"the types are: {string.Join(", ", EventTypes.All)}");
            }

            var date = reader.Date("date", required: true);
            var end = reader.Date("end", required: false);
            if (date is { } start && end is { } finish)
            {
                if (start.IsRange)
                {
                    reader.Error(mapping["end"]!.Location, "the date is already a range, so 'end' cannot be given too", "keep one: 'date: 1936–39' or 'date: 1936' with 'end: 1939'");
                }
                else if (finish.IsRange || finish.Latest < start.Earliest)
                {
                    reader.Error(mapping["end"]!.Location, $"the event ends ({finish}) before it starts ({start})");
                }
                else
                {
                    date = HistoricalDate.Range(start, finish);
                }
            }

            var julianText = reader.Optional("julian");
            if (julianText is not null && date is { } gregorian)
            {
                date = CheckJulian(reader, mapping["julian"]!.Location, julianText, gregorian);
            }

            var summary = reader.Required("summary");
            var significance = reader.Required("significance");
            var themes = reader.References("themes", EntryKind.Theme);
            if (themes.Count == 0)
            {
                reader.Error(mapping["themes"]?.Location ?? reader.Location, "an event needs at least one theme", "add 'themes: [security]' or another theme of pack.yaml");
            }

            var ev = new Event
            {
                Id = id ?? string.Empty,
                Title = title,
                Aliases = reader.List("aliases"),
                Type = type,
                Date = date ?? default,
                Place = reader.Optional("place"),
                Actors = reader.References("actors", EntryKind.Actor),
                SignedBy = reader.References("signed-by", EntryKind.Actor),
                Themes = themes,
                Summary = summary,
                Significance = significance,
                Causes = reader.References("causes", EntryKind.Event),
                Related = reader.References("related"),
                Sources = reader.SourceRefs("sources", required: true),
                Location = reader.Location,
            };
            if (id is not null && date is not null && !reader.HasErrors)
            {
                _events.Add(ev);
            }
        }

        private static HistoricalDate? CheckJulian(EntryReader reader, SourceLocation at, string text, HistoricalDate gregorian)
        {
            var parsed = HistoricalDate.Parse(text + " O.S.");
            if (!parsed.Success || parsed.Value.Precision != DatePrecision.Day || parsed.Value.IsRange)
            {
                reader.Error(at, $"'{text}' is not an Old Style day", "write the Julian day in full, e.g. 'julian: 25 October 1917'");
                return gregorian;
            }

            // The Julian day is that of the start, for a range too.
            var start = gregorian.Start;
            if (start.Precision != DatePrecision.Day)
            {
                reader.Error(at, "only a date known to the day can carry a Julian day");
                return gregorian;
            }

            if (parsed.Value.Earliest != start.Earliest)
            {
                var (y, m, d) = start.OldStyle;
                var expected = HistoricalDate.FromDay(y, m, d);
                var actual = parsed.Value.Earliest;
                reader.Error(at, $"Old Style {text} is {HistoricalDate.FromDay(actual.Year, actual.Month, actual.Day)} New Style, not {start}", $"the Old Style day of {start} is {expected}");
                return gregorian;
            }

            if (gregorian.Earliest >= GregorianReform)
            {
                reader.Warning(at, "Russia used the Gregorian calendar from 14 February 1918, so a Julian day is not needed");
            }

            return gregorian.WithOldStyle();
        }

        private void ReadActor(YMapping mapping)
        {
            var reader = Reader(mapping, "an actor", ActorKeys);
            var id = ReadId(reader, EntryKind.Actor);
            var name = reader.Required("name");
            var kindText = reader.Required("kind");
            var kind = ActorKind.Person;
            if (kindText.Length > 0)
            {
                var index = Array.IndexOf(ActorKinds, kindText);
                if (index < 0)
                {
                    var near = Suggestions.Nearest(kindText, ActorKinds, 1);
                    reader.Error(mapping["kind"]!.Location, $"unknown actor kind '{kindText}'", near.Count > 0 ? $"did you mean '{near[0]}'?" : "the kinds are: person, state, organisation, group");
                }
                else
                {
                    kind = (ActorKind)index;
                }
            }

            var born = reader.Date("born", required: false);
            var died = reader.Date("died", required: false);
            if (born is { } b && died is { } d && d.Latest < b.Earliest)
            {
                reader.Error(mapping["died"]!.Location, $"died ({d}) before being born ({b})");
            }

            var roles = ReadRoles(reader, mapping["roles"], kind);
            var actor = new Actor
            {
                Id = id ?? string.Empty,
                Title = name,
                ActorKind = kind,
                Aliases = reader.List("aliases"),
                Born = born,
                Died = died,
                Country = reader.Reference("country", EntryKind.Actor),
                Summary = reader.Required("summary"),
                Roles = roles,
                Themes = reader.References("themes", EntryKind.Theme),
                Sources = reader.SourceRefs("sources", required: true),
                Location = reader.Location,
            };
            if (id is not null && !reader.HasErrors)
            {
                _actors.Add(actor);
            }
        }

        private List<Role> ReadRoles(EntryReader owner, YNode? node, ActorKind kind)
        {
            var roles = new List<Role>();
            if (node is null || node is YScalar { IsNull: true })
            {
                return roles;
            }

            if (kind != ActorKind.Person)
            {
                owner.Error(node.Location, "only a person has roles with terms of office");
                return roles;
            }

            foreach (var mapping in Mappings(owner, node, "roles", "office, from and to"))
            {
                var reader = Reader(mapping, "a role", RoleKeys);
                var office = reader.Required("office");
                var from = reader.Date("from", required: true);
                var to = reader.Date("to", required: false);
                if (from is { } f && to is { } t && t.Latest < f.Earliest)
                {
                    reader.Error(mapping["to"]!.Location, $"the term ends ({t}) before it starts ({f})");
                }

                var role = new Role
                {
                    Office = office,
                    Of = reader.Reference("of", EntryKind.Actor),
                    From = from ?? default,
                    To = to,
                    Note = reader.Optional("note"),
                    Location = mapping.Location,
                };
                if (reader.HasErrors)
                {
                    owner.Error(mapping.Location, "this role has errors (see above)");
                    continue;
                }

                roles.Add(role);
            }

            CheckOverlaps(owner, roles);
            return [.. roles.OrderBy(r => r.From)];
        }

        /// <summary>Reports two terms of one person in one office that certainly overlap.</summary>
        private static void CheckOverlaps(EntryReader owner, List<Role> roles)
        {
            foreach (var office in roles.GroupBy(r => (Office: r.Office.ToLowerInvariant(), r.Of)))
            {
                var terms = office.OrderBy(r => r.From).ToList();
                for (var i = 1; i < terms.Count; i++)
                {
                    var earlier = terms[i - 1];
                    var later = terms[i];

                    // A handover day may end one term and start the next, and a term known only to the year may
                    // end in the year the next begins; only a start that surely falls inside the earlier term counts.
                    var overlaps = earlier.To is null || later.From.Latest < earlier.To.Value.Earliest;
                    if (overlaps)
                    {
                        var earlierTerm = earlier.To is null ? $"from {earlier.From} with no end" : $"{earlier.From} – {earlier.To}";
                        owner.Error(
                            later.Location,
                            $"this term as {later.Office} ({later.Term}) overlaps the term {earlierTerm}",
                            $"see line {earlier.Location.Line}: give the earlier term its 'to:' date, or merge the two");
                    }
                }
            }
        }

        private void ReadHistorian(YMapping mapping)
        {
            var reader = Reader(mapping, "a historian", HistorianKeys);
            var id = ReadId(reader, EntryKind.Historian);
            var name = reader.Required("name");
            var kindText = reader.Optional("kind") ?? "historian";
            var kind = HistorianKind.Historian;
            var index = Array.IndexOf(HistorianKinds, kindText);
            if (index < 0)
            {
                reader.Error(mapping["kind"]!.Location, $"unknown historian kind '{kindText}'", "the kinds are: historian, school");
            }
            else
            {
                kind = (HistorianKind)index;
            }

            var arguments = new List<HistorianArgument>();
            foreach (var argument in Mappings(reader, mapping["arguments"], "arguments", "'claim:'"))
            {
                var inner = Reader(argument, "an argument", ArgumentKeys);
                var claim = inner.Required("claim");
                var themes = inner.References("themes", EntryKind.Theme);
                var events = inner.References("events", EntryKind.Event);
                if (inner.HasErrors)
                {
                    reader.Error(argument.Location, "this argument has errors (see above)");
                    continue;
                }

                arguments.Add(new HistorianArgument(claim, themes, events));
            }

            var works = reader.References("works", EntryKind.Source);
            if (kind == HistorianKind.Historian && works.Count == 0)
            {
                reader.Error(mapping["works"]?.Location ?? reader.Location, "a historian needs at least one work", "add 'works: [...]' with ids from the bibliography");
            }

            var historian = new Historian
            {
                Id = id ?? string.Empty,
                Title = name,
                HistorianKind = kind,
                Aliases = reader.List("aliases"),
                School = reader.Reference("school", EntryKind.Historian),
                Argument = reader.Required("argument"),
                Arguments = arguments,
                Works = works,
                Members = reader.References("members", EntryKind.Historian),
                Themes = reader.References("themes", EntryKind.Theme),
                Location = reader.Location,
            };
            if (id is not null && !reader.HasErrors)
            {
                _historians.Add(historian);
            }
        }

        private void ReadTerm(YMapping mapping)
        {
            var reader = Reader(mapping, "a term", TermKeys);
            var id = ReadId(reader, EntryKind.Term);
            var term = new Term
            {
                Id = id ?? string.Empty,
                Title = reader.Required("term"),
                Aliases = reader.List("aliases"),
                Definition = reader.Required("definition"),
                Themes = reader.References("themes", EntryKind.Theme),
                CoinedBy = reader.References("coined-by", EntryKind.Actor, EntryKind.Historian),
                ChampionedBy = reader.References("championed-by", EntryKind.Actor, EntryKind.Historian),
                Related = reader.References("related"),
                Sources = reader.SourceRefs("sources", required: false),
                Location = reader.Location,
            };
            if (id is not null && !reader.HasErrors)
            {
                _terms.Add(term);
            }
        }

        private void ReadSource(YMapping mapping)
        {
            var reader = Reader(mapping, "a source", SourceKeys);
            var id = ReadId(reader, EntryKind.Source);
            var type = reader.Required("type");
            if (type.Length > 0 && !Source.Types.Contains(type))
            {
                var near = Suggestions.Nearest(type, Source.Types, 1);
                reader.Error(mapping["type"]!.Location, $"unknown source type '{type}'", near.Count > 0 ? $"did you mean '{near[0]}'?" : $"the types are: {string.Join(", ", Source.Types)}");
            }

            var authors = reader.List("authors");
            if (type is "book" or "article" or "chapter" && authors.Count == 0 && reader.List("editors").Count == 0)
            {
                reader.Error(reader.Location, $"a {type} needs its authors", "add 'authors: [\"Family, Given\"]' (or 'editors:' for an edited book)");
            }

            var year = reader.Optional("year");
            if (year is null && type is not ("website" or "reference" or ""))
            {
                reader.Error(reader.Location, $"a {type} needs its year", "add 'year: 1984'");
            }

            var source = new Source
            {
                Id = id ?? string.Empty,
                SourceType = type,
                Authors = authors,
                Editors = reader.List("editors"),
                Title = reader.Required("title"),
                Year = year,
                Publisher = reader.Optional("publisher"),
                Place = reader.Optional("place"),
                Journal = reader.Optional("journal"),
                Volume = reader.Optional("volume"),
                Issue = reader.Optional("issue"),
                Pages = reader.Optional("pages"),
                In = reader.Optional("in"),
                Edition = reader.Optional("edition"),
                Url = reader.Optional("url"),
                Note = reader.Optional("note"),
                Location = reader.Location,
            };
            if (type == "article" && source.Journal is null)
            {
                reader.Error(reader.Location, "an article needs its journal", "add 'journal: ...'");
            }

            if (id is not null && !reader.HasErrors)
            {
                _sources.Add(source);
            }
        }

        private void ReadNote(string path, string text)
        {
            if (ReadFrontMatter(path, text, "id:', 'title:' and 'events:'") is not var (mapping, body, bodyLine))
            {
                return;
            }

            var reader = Reader(mapping, "a note", NoteKeys);
            var id = ReadId(reader, EntryKind.Note);
            var title = reader.Required("title");
            var orderText = reader.Optional("order");
            var order = 0;
            if (orderText is not null && !int.TryParse(orderText, out order))
            {
                reader.Error(mapping["order"]!.Location, $"'order' must be a whole number, not '{orderText}'");
            }

            var period = reader.Date("period", required: false);
            var themes = reader.References("themes", EntryKind.Theme);
            var events = reader.References("events", EntryKind.Event);
            if (events.Count == 0)
            {
                reader.Error(mapping["events"]?.Location ?? reader.Location, "a note needs the events it rests on", "add 'events: [...]' with event ids");
            }

            var sections = SplitSections(body);
            foreach (var required in new[] { NoteSection.KeyFeaturesHeading, NoteSection.HistoriographyHeading, NoteSection.SelfReviewHeading })
            {
                if (!sections.Any(s => string.Equals(s.Heading, required, StringComparison.OrdinalIgnoreCase)))
                {
                    reader.Error(new SourceLocation(path, bodyLine, 1), $"the note has no '## {required}' section", "every note has Key features, Historiography and Self-review questions");
                }
            }

            var questions = SelfReviewQuestions(sections);
            if (sections.Any(s => string.Equals(s.Heading, NoteSection.SelfReviewHeading, StringComparison.OrdinalIgnoreCase)) && questions.Count == 0)
            {
                reader.Error(new SourceLocation(path, bodyLine, 1), "the 'Self-review questions' section has no questions", "write one question per list item: '- Why did ...?'");
            }

            var links = new List<string>();
            var lines = body.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match link in WikiLink().Matches(lines[i]))
                {
                    var target = link.Groups["id"].Value.Trim();
                    links.Add(target);
                    _references.Add(new PendingReference(target, new SourceLocation(path, bodyLine + i, link.Index + 1), "a [[link]]", []));
                }
            }

            if (id is not null && !reader.HasErrors)
            {
                _notes.Add(new NoteSection
                {
                    Id = id,
                    Title = title,
                    Order = order,
                    Period = period,
                    Themes = themes,
                    Events = events,
                    Markdown = body,
                    Sections = sections,
                    SelfReviewQuestions = questions,
                    Links = links,
                    Location = new SourceLocation(path, 1, 1),
                });
            }
        }

        /// <summary>Splits a Markdown file into its YAML header and its body; reports what is wrong and returns null.</summary>
        private (YMapping Header, string Body, int BodyLine)? ReadFrontMatter(string path, string text, string keys)
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
            if (!text.StartsWith("---\n", StringComparison.Ordinal))
            {
                Error(new SourceLocation(path, 1, 1), "the file must begin with a YAML header between '---' lines", $"start the file with '---', then {keys}, then '---'");
                return null;
            }

            var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
            if (close < 0)
            {
                Error(new SourceLocation(path, 1, 1), "the YAML header has no closing '---' line");
                return null;
            }

            var header = text[4..(close + 1)];
            var bodyStart = text.IndexOf('\n', close + 1);
            var body = bodyStart < 0 ? string.Empty : text[(bodyStart + 1)..];
            var bodyLine = text[..(bodyStart < 0 ? text.Length : bodyStart + 1)].Count(c => c == '\n') + 1;

            var before = _diagnostics.Count;
            if (YamlTree.Read(path, header, 1, _diagnostics) is not YMapping mapping)
            {
                if (_diagnostics.Count > before)
                {
                    _unreadableFiles++;
                    return null;
                }

                Error(new SourceLocation(path, 2, 1), $"the header must be a mapping with {keys}");
                return null;
            }

            return (mapping, body, bodyLine);
        }

        private static List<NoteHeading> SplitSections(string body)
        {
            var sections = new List<NoteHeading>();
            string? heading = null;
            var text = new System.Text.StringBuilder();
            foreach (var line in body.Split('\n'))
            {
                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    if (heading is not null)
                    {
                        sections.Add(new NoteHeading(heading, text.ToString().Trim()));
                    }

                    heading = line[3..].Trim();
                    text.Clear();
                    continue;
                }

                text.Append(line).Append('\n');
            }

            if (heading is not null)
            {
                sections.Add(new NoteHeading(heading, text.ToString().Trim()));
            }

            return sections;
        }

        private static List<string> SelfReviewQuestions(List<NoteHeading> sections)
        {
            var section = sections.FirstOrDefault(s => string.Equals(s.Heading, NoteSection.SelfReviewHeading, StringComparison.OrdinalIgnoreCase));
            if (section is null)
            {
                return [];
            }

            return [.. section.Markdown.Split('\n')
                .Select(l => ListItem().Match(l))
                .Where(m => m.Success)
                .Select(m => m.Groups["text"].Value.Trim())];
        }

        private void CheckReferences()
        {
            foreach (var reference in _references)
            {
                var ids = reference.Kinds is [EntryKind.Theme] ? _themeIds : _ids;
                if (ids.TryGetValue(reference.Id, out var target))
                {
                    if (reference.Kinds.Length > 0 && !reference.Kinds.Contains(target.Kind))
                    {
                        var wanted = string.Join(" or ", reference.Kinds.Select(Article));
                        Error(reference.Location, $"'{reference.Id}' is {Article(target.Kind)}, but '{reference.Field}' must name {wanted}");
                    }

                    continue;
                }

                var sameKind = reference.Kinds.Length == 0
                    ? ids.Keys
                    : ids.Where(p => reference.Kinds.Contains(p.Value.Kind)).Select(p => p.Key);
                var near = Suggestions.Nearest(reference.Id, sameKind, 3);
                var kindWord = reference.Kinds.Length == 1 ? reference.Kinds[0].ToString().ToLowerInvariant() + " " : string.Empty;
                Error(
                    reference.Location,
                    $"unknown {kindWord}id '{reference.Id}' in '{reference.Field}'",
                    near.Count > 0 ? $"did you mean {string.Join(", ", near.Select(n => $"'{n}'"))}?" : "no entry has this id; check the spelling or add the entry");
            }
        }

        private static string Article(EntryKind kind) => kind switch
        {
            EntryKind.Event => "an event",
            EntryKind.Actor => "an actor",
            _ => "a " + kind.ToString().ToLowerInvariant(),
        };
    }

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\[\[(?<id>[^\]|]+)(?:\|[^\]]*)?\]\]")]
    private static partial Regex WikiLink();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+(?<text>\S.*)$")]
    private static partial Regex ListItem();
}
