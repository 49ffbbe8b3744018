using Clio.Dates;
using Clio.Knowledge;
using Clio.Packs;

namespace Clio.Tests.Packs;

public class PackLoaderTest
{
    [Fact]
    public void AValidPackLoadsWithNoDiagnostics()
    {
        var result = MiniPack.Load(MiniPack.Files());

        Assert.Empty(result.Diagnostics);
        Assert.True(result.IsValid);
        var kb = result.Knowledge!;
        Assert.Equal("Test pack", kb.Pack.Title);
        Assert.Equal(2, kb.Events.Count);
        Assert.Equal("october-revolution", kb.Events[0].Id);
        Assert.Equal(new SourceRef("haslam-1984", "38–41"), kb.Find<Event>("league-entry")!.Sources[1]);
        Assert.True(kb.Find<Event>("october-revolution")!.Date.HasOldStyle);
        Assert.Equal(["Why did the USSR join the League of Nations?", "How far did collective security succeed?"], kb.Notes[0].SelfReviewQuestions);
        Assert.Equal(["league-entry", "litvinov", "haslam"], kb.Notes[0].Links);
    }

    [Fact]
    public void EntriesRememberWhereTheyAreDefined()
    {
        var kb = MiniPack.Load(MiniPack.Files()).Knowledge!;

        Assert.Equal(new SourceLocation("events.yaml", 2, 5), kb.Find("league-entry")!.Location);
    }

    [Fact]
    public void AYamlSyntaxErrorIsReportedWithItsLineAndColumn()
    {
        var result = MiniPack.LoadWith("events.yaml", "    title: October Revolution", "    title: October Revolution: the Bolsheviks take power");

        var error = Assert.Single(result.Errors);
        Assert.Equal(new SourceLocation("events.yaml", 16, 30), error.Location);
        Assert.Contains("YAML syntax error", error.Message, StringComparison.Ordinal);
        Assert.Contains("quoted", error.Hint, StringComparison.Ordinal);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void ATabInTheIndentationIsASyntaxErrorWithAHint()
    {
        var result = MiniPack.LoadWith("events.yaml", "    type: revolution", "\ttype: revolution");

        var error = Assert.Single(result.Errors);
        Assert.Contains("YAML syntax error", error.Message, StringComparison.Ordinal);
        Assert.Equal("indent with spaces, not tabs", error.Hint);
    }

    [Fact]
    public void ReferencesAreNotCheckedWhileAFileCannotBeRead()
    {
        var result = MiniPack.LoadWith("events.yaml", "    type: revolution", "\ttype: revolution");

        var warning = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Contains("references were not checked", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMistypedKeyIsReportedWithTheKeyItMeant()
    {
        var result = MiniPack.LoadWith("events.yaml", "    summary: The Bolsheviks took power.", "    sumary: The Bolsheviks took power.");

        Assert.Collection(
            result.Errors,
            missing => Assert.Equal("an event is missing the required key 'summary'", missing.Message),
            unknown =>
            {
                Assert.Equal(new SourceLocation("events.yaml", 21, 5), unknown.Location);
                Assert.Equal("unknown key 'sumary' in an event", unknown.Message);
                Assert.Equal("did you mean 'summary'?", unknown.Hint);
            });
    }

    [Fact]
    public void AMistypedSectionIsReportedWithTheSectionItMeant()
    {
        var result = MiniPack.LoadWith("events.yaml", "events:", "evnets:");

        var error = Assert.Single(result.Errors, e => e.Location.File == "events.yaml");
        Assert.Equal("unknown section 'evnets'", error.Message);
        Assert.Equal("did you mean 'events'?", error.Hint);
    }

    [Theory]
    [InlineData("events.yaml", "    title: October Revolution\n", "", "an event is missing the required key 'title'")]
    [InlineData("events.yaml", "    type: revolution\n", "", "an event is missing the required key 'type'")]
    [InlineData("events.yaml", "    date: 7 November 1917\n    julian: 25 October 1917\n", "", "an event is missing the required key 'date'")]
    [InlineData("events.yaml", "    significance: It created the Soviet state.\n", "", "an event is missing the required key 'significance'")]
    [InlineData("events.yaml", "    themes: [security]\n", "", "an event needs at least one theme")]
    [InlineData("actors.yaml", "    kind: state\n", "", "an actor is missing the required key 'kind'")]
    [InlineData("glossary.yaml", "    definition: Joining with others to deter an aggressor.\n", "", "a term is missing the required key 'definition'")]
    [InlineData("glossary.yaml", "    works: [haslam-1984]\n", "", "a historian needs at least one work")]
    [InlineData("pack.yaml", "    year: 1984\n", "", "a book needs its year")]
    [InlineData("pack.yaml", "  period: 1930–1940\n", "", "the pack is missing the required key 'period'")]
    public void AMissingRequiredFieldIsReported(string file, string oldText, string newText, string message)
    {
        var result = MiniPack.LoadWith(file, oldText, newText);

        Assert.Contains(result.Errors, e => e.Message == message);
    }

    [Fact]
    public void AnEventWithNoSourceIsReported()
    {
        var result = MiniPack.LoadWith("events.yaml", "    significance: It created the Soviet state.\n    sources: [ref]", "    significance: It created the Soviet state.");

        var error = Assert.Single(result.Errors);
        Assert.Equal("an event is missing the required key 'sources'", error.Message);
        Assert.Contains("at least one source", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ADuplicateIdIsReportedWithWhereItWasFirstUsed()
    {
        var result = MiniPack.LoadWith("events.yaml", "  - id: october-revolution", "  - id: league-entry");

        var error = Assert.Single(result.Errors);
        Assert.Equal(new SourceLocation("events.yaml", 15, 9), error.Location);
        Assert.Equal("duplicate id 'league-entry'", error.Message);
        Assert.Equal("it is already used by the event at events.yaml:2:9", error.Hint);
    }

    [Fact]
    public void AnIdUsedByEntriesOfDifferentKindsIsADuplicate()
    {
        var result = MiniPack.LoadWith("glossary.yaml", "  - id: haslam\n", "  - id: litvinov\n");

        Assert.Contains(result.Errors, e => e.Message == "duplicate id 'litvinov'");
    }

    [Fact]
    public void AThemeAndATermMayShareAnId()
    {
        var kb = MiniPack.Load(MiniPack.Files()).Knowledge!;

        Assert.NotNull(kb.FindTheme("collective-security"));
        Assert.IsType<Term>(kb.Find("collective-security"));
    }

    [Theory]
    [InlineData("Litvinov", "'Litvinov' is not a valid id")]
    [InlineData("league_entry", "'league_entry' is not a valid id")]
    [InlineData("nazi soviet pact", "'nazi soviet pact' is not a valid id")]
    public void AnIdThatIsNotLowerCaseWordsWithHyphensIsReported(string id, string message)
    {
        var result = MiniPack.LoadWith("events.yaml", "  - id: october-revolution", $"  - id: {id}");

        Assert.Contains(result.Errors, e => e.Message == message && e.Hint!.Contains("lower-case", StringComparison.Ordinal));
    }

    [Fact]
    public void AReferenceToAnUnknownIdSuggestsTheNearestId()
    {
        var result = MiniPack.LoadWith("events.yaml", "    actors: [ussr, litvinov]", "    actors: [ussr, litvinof]");

        var error = Assert.Single(result.Errors);
        Assert.Equal(new SourceLocation("events.yaml", 7, 20), error.Location);
        Assert.Equal("unknown actor id 'litvinof' in 'actors'", error.Message);
        Assert.Equal("did you mean 'litvinov'?", error.Hint);
    }

    [Theory]
    [InlineData("events.yaml", "themes: [security]", "themes: [securty]", "unknown theme id 'securty' in 'themes'")]
    [InlineData("events.yaml", "sources: [ref]", "sources: [reff]", "unknown source id 'reff' in 'sources'")]
    [InlineData("events.yaml", "  - source: haslam-1984", "  - source: haslam-1948", "unknown source id 'haslam-1948' in 'sources'")]
    [InlineData("actors.yaml", "of: ussr", "of: soviet-union", "unknown actor id 'soviet-union' in 'of'")]
    [InlineData("glossary.yaml", "works: [haslam-1984]", "works: [haslam-1994]", "unknown source id 'haslam-1994' in 'works'")]
    [InlineData("notes/01-collective-security.md", "events: [league-entry]", "events: [league-entri]", "unknown event id 'league-entri' in 'events'")]
    [InlineData("notes/01-collective-security.md", "[[litvinov|Litvinov]]", "[[litvinow|Litvinov]]", "unknown id 'litvinow' in 'a [[link]]'")]
    public void EveryKindOfReferenceIsChecked(string file, string oldText, string newText, string message)
    {
        var result = MiniPack.LoadWith(file, oldText, newText);

        Assert.Contains(result.Errors, e => e.Message == message);
    }

    [Fact]
    public void AReferenceToTheWrongKindOfEntryIsReported()
    {
        var result = MiniPack.LoadWith("events.yaml", "actors: [ussr, litvinov]", "actors: [ussr, october-revolution]");

        var error = Assert.Single(result.Errors);
        Assert.Equal("'october-revolution' is an event, but 'actors' must name an actor", error.Message);
    }

    [Theory]
    [InlineData("date: 18 September 1934", "date: 31 September 1934", "September 1934 has 30 days, so day 31 does not exist")]
    [InlineData("date: 18 September 1934", "date: 29 February 1934", "February 1934 has 28 days, so day 29 does not exist")]
    [InlineData("date: 18 September 1934", "date: Septober 1934", "is not a valid date")]
    [InlineData("date: 18 September 1934", "date: 1939–36", "the range ends (1936) before it starts (1939)")]
    public void AnImpossibleDateIsReported(string oldText, string newText, string message)
    {
        var result = MiniPack.LoadWith("events.yaml", oldText, newText);

        var error = Assert.Single(result.Errors);
        Assert.Equal(new SourceLocation("events.yaml", 6, 11), error.Location);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEventThatEndsBeforeItStartsIsReported()
    {
        var result = MiniPack.LoadWith("events.yaml", "    date: 18 September 1934\n", "    date: 18 September 1934\n    end: 1 January 1934\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal("the event ends (1 January 1934) before it starts (18 September 1934)", error.Message);
    }

    [Fact]
    public void AnEndJoinsTheDateIntoARange()
    {
        var result = MiniPack.LoadWith("events.yaml", "    date: 18 September 1934\n", "    date: 18 September 1934\n    end: 14 December 1939\n");

        var date = result.Knowledge!.Find<Event>("league-entry")!.Date;
        Assert.Equal(HistoricalDate.Parse("18 September 1934 – 14 December 1939").Value, date);
    }

    [Fact]
    public void ATermOfOfficeThatEndsBeforeItStartsIsReported()
    {
        var result = MiniPack.LoadWith("actors.yaml", "to: 3 May 1939", "to: 3 May 1929");

        Assert.Contains(result.Errors, e => e.Message == "the term ends (3 May 1929) before it starts (21 July 1930)");
    }

    [Fact]
    public void OverlappingTermsInOneOfficeAreReported()
    {
        var result = MiniPack.LoadWith("actors.yaml", "        to: 3 May 1939\n", """
                    to: 3 May 1939
                  - office: People's Commissar for Foreign Affairs
                    of: ussr
                    from: 1938
                    to: 1941

            """);

        var error = Assert.Single(result.Errors);
        Assert.Equal(new SourceLocation("actors.yaml", 13, 9), error.Location);
        Assert.Contains("overlaps the term 21 July 1930 – 3 May 1939", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TermsThatMeetOnAHandoverDayDoNotOverlap()
    {
        var result = MiniPack.LoadWith("actors.yaml", "        to: 3 May 1939\n", """
                    to: 3 May 1939
                  - office: People's Commissar for Foreign Affairs
                    of: ussr
                    from: 3 May 1939
                    to: 1941

            """);

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void TermsInDifferentOfficesMayOverlap()
    {
        var result = MiniPack.LoadWith("actors.yaml", "        to: 3 May 1939\n", """
                    to: 3 May 1939
                  - office: Soviet representative at the League of Nations
                    of: ussr
                    from: 1934
                    to: 1938

            """);

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void AWrongOldStyleDayIsReportedWithTheRightOne()
    {
        var result = MiniPack.LoadWith("events.yaml", "julian: 25 October 1917", "julian: 24 October 1917");

        var error = Assert.Single(result.Errors);
        Assert.Equal("Old Style 24 October 1917 is 6 November 1917 New Style, not 7 November 1917", error.Message);
        Assert.Equal("the Old Style day of 7 November 1917 is 25 October 1917", error.Hint);
    }

    [Fact]
    public void AnUnknownEventTypeSuggestsTheNearestType()
    {
        var result = MiniPack.LoadWith("events.yaml", "type: revolution", "type: revolutoin");

        var error = Assert.Single(result.Errors);
        Assert.Equal("unknown event type 'revolutoin'", error.Message);
        Assert.Equal("did you mean 'revolution'?", error.Hint);
    }

    [Fact]
    public void ADuplicateKeyInOneEntryIsReported()
    {
        var result = MiniPack.LoadWith("events.yaml", "    type: revolution\n", "    type: revolution\n    type: uprising\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal("duplicate key 'type'", error.Message);
    }

    [Fact]
    public void ANoteWithoutItsRequiredSectionsIsReported()
    {
        var result = MiniPack.LoadWith("notes/01-collective-security.md", "## Historiography", "## Views of historians");

        var error = Assert.Single(result.Errors);
        Assert.Equal("the note has no '## Historiography' section", error.Message);
    }

    [Fact]
    public void ANoteWithoutAHeaderIsReported()
    {
        var files = MiniPack.Files();
        files["notes/02-empty.md"] = "# Just a heading\n";

        var error = Assert.Single(MiniPack.Load(files).Errors);
        Assert.Equal(new SourceLocation("notes/02-empty.md", 1, 1), error.Location);
    }

    [Fact]
    public void CardsLessonsAndScenariosAreReadAndChecked()
    {
        var files = MiniPack.Files();
        files["cards.yaml"] = "cards:\n  - id: q1\nlessons:\nscenarios:\n";

        var result = MiniPack.Load(files);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Message == "the id 'q1' must start with 'card-'");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void APackWithNoMetadataIsReported()
    {
        var files = MiniPack.Files();
        files["pack.yaml"] = files["pack.yaml"].Replace("pack:\n  id: test-pack\n  title: Test pack\n  period: 1930–1940\n", string.Empty, StringComparison.Ordinal);

        var result = MiniPack.Load(files);

        Assert.Contains(result.Errors, e => e.Message == "the pack has no metadata");
    }

    [Fact]
    public void EveryProblemIsReportedInOnePass()
    {
        var files = MiniPack.Files();
        files["events.yaml"] = files["events.yaml"]
            .Replace("type: diplomatic", "type: diplomatik", StringComparison.Ordinal)
            .Replace("date: 7 November 1917", "date: 31 November 1917", StringComparison.Ordinal)
            .Replace("actors: [ussr, litvinov]", "actors: [ussr, litvinof]", StringComparison.Ordinal);
        files["glossary.yaml"] = files["glossary.yaml"].Replace("championed-by", "championed", StringComparison.Ordinal);

        var result = MiniPack.Load(files);

        Assert.Equal(4, result.Errors.Count());
        Assert.Equal(["events.yaml", "events.yaml", "events.yaml", "glossary.yaml"], result.Errors.Select(e => e.Location.File));
    }

    [Fact]
    public void BinaryAndUnreadableFilesAreDiagnosticsNotExceptions()
    {
        var dir = Directory.CreateTempSubdirectory("clio-pack-");
        try
        {
            foreach (var (path, text) in MiniPack.Files())
            {
                var full = Path.Combine(dir.FullName, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
            }

            File.WriteAllBytes(Path.Combine(dir.FullName, "broken.yaml"), [0x65, 0x00, 0x01, 0x02]);
            File.WriteAllBytes(Path.Combine(dir.FullName, "latin1.yaml"), [0x74, 0x3a, 0x20, 0xe9, 0x0a]);

            var result = PackLoader.LoadDirectory(dir.FullName);

            Assert.Equal(
                ["broken.yaml:1:1: the file is binary, not text", "latin1.yaml:1:1: the file is not UTF-8 text"],
                result.Errors.Select(e => e.ToString()));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void AMissingFolderIsADiagnostic()
    {
        var result = PackLoader.LoadDirectory("/no/such/pack/folder");

        Assert.Equal("no such folder", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void DiagnosticsPrintAsFileLineColumnMessageAndHint()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Error, new SourceLocation("events/1939.yaml", 12, 5), "unknown key 'sumary' in an event", "did you mean 'summary'?");

        Assert.Equal("events/1939.yaml:12:5: unknown key 'sumary' in an event (did you mean 'summary'?)", diagnostic.ToString());
    }

    [Fact]
    public void TheLoaderNeverThrowsOnMangledYaml()
    {
        var random = new Random(1939);
        var original = MiniPack.EventsYaml;
        for (var i = 0; i < 500; i++)
        {
            var chars = original.ToCharArray();
            for (var k = 0; k < 1 + random.Next(8); k++)
            {
                const string Noise = "-:[]{}'\"\t\n #&*!|>%@`,?";
                chars[random.Next(chars.Length)] = Noise[random.Next(Noise.Length)];
            }

            var files = MiniPack.Files();
            files["events.yaml"] = new string(chars);
            var result = MiniPack.Load(files);
            Assert.True(result.IsValid || result.Errors.Any());
        }
    }
}
