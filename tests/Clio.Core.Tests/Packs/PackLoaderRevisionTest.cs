using Clio.Knowledge;
using Clio.Packs;

namespace Clio.Tests.Packs;

/// <summary>The loader's reading and checks of flashcards, lessons and decision scenarios.</summary>
public class PackLoaderRevisionTest
{
    public const string RevisionYaml = """
        cards:
          - id: card-league-date
            kind: fact
            section: collective-security-notes
            themes: [collective-security]
            front: "When did the USSR join the League of Nations?"
            back: "On 18 September 1934, with a permanent seat on the Council."
            answers: ["18 September 1934"]
            entries: [league-entry]
          - id: card-litvinov-policy
            kind: concept
            front: "Name the policy Litvinov championed at Geneva."
            back: "Collective security: joining with others to deter an aggressor."
            answers: ["collective security"]
            entries: [collective-security, litvinov]
        lessons:
          - section: collective-security-notes
            self-review:
              - question: "How far did collective security succeed?"
                answer: "It won recognition and pacts, but it did not stop Hitler."
                entries: [league-entry]
              - question: "Why did the USSR join the League of Nations?"
                answer: "Fear of Germany and Japan, and the search for allies."
                entries: [league-entry]
            practice:
              - question: "Explain why the USSR joined the League of Nations in 1934."
                marks: 10
                guidance: "Hitler's threat, Japan in Manchuria, and the search for allies, linked."
                entries: [league-entry]
        scenarios:
          - id: scenario-league-1934
            title: "1934: join the League?"
            date: 1934-09
            role: "You are Litvinov."
            section: collective-security-notes
            situation: "Hitler rules Germany. The League invites you to join."
            options:
              - id: join
                text: "Join the League."
                historical: true
                consequence: "A seat on the Council and a platform at Geneva."
              - id: stay-out
                text: "Stay out of the League."
                consequence: "Isolation, and no platform against Hitler."
            outcome: "The USSR joined on 18 September 1934."
            debate:
              - historian: haslam
                view: "A genuine turn to collective security."
            entries: [league-entry]
        """;

    public static Dictionary<string, string> Files()
    {
        var files = MiniPack.Files();
        files["revision.yaml"] = RevisionYaml + "\n";
        return files;
    }

    private static PackLoadResult LoadWith(string oldText, string newText) => MiniPack.LoadWith(Files(), "revision.yaml", oldText, newText);

    [Fact]
    public void CardsLessonsAndScenariosLoadWithNoDiagnostics()
    {
        var result = MiniPack.Load(Files());

        Assert.Empty(result.Diagnostics);
        var kb = result.Knowledge!;
        Assert.Equal(["card-league-date", "card-litvinov-policy"], kb.AuthoredCards.Select(c => c.Id));
        var card = kb.AuthoredCards[0];
        Assert.Equal(AuthoredCardKind.Fact, card.Kind);
        Assert.Equal("collective-security-notes", card.Section);
        Assert.Equal(["18 September 1934"], card.Answers);
        Assert.Equal(new SourceLocation("revision.yaml", 2, 5), card.Location);
        Assert.Equal(AuthoredCardKind.Concept, kb.AuthoredCards[1].Kind);
        Assert.Null(kb.AuthoredCards[1].Section);

        var scenario = Assert.Single(kb.Scenarios);
        Assert.Same(scenario, kb.FindScenario("scenario-league-1934"));
        Assert.Equal("join", scenario.HistoricalOption.Id);
        Assert.Equal("1934-09", scenario.Date.ToIsoString());
        Assert.Equal("haslam", Assert.Single(scenario.Debate).Historian);
    }

    [Fact]
    public void ALessonsSelfReviewAnswersComeInTheNotesOrder()
    {
        var kb = MiniPack.Load(Files()).Knowledge!;

        var lesson = kb.LessonFor("collective-security-notes")!;
        Assert.Equal(kb.Find<NoteSection>("collective-security-notes")!.SelfReviewQuestions, lesson.SelfReview.Select(a => a.Question));
        Assert.Equal(10, Assert.Single(lesson.Practice).Marks);
        Assert.Same(lesson, Assert.Single(kb.Lessons));
        Assert.Null(kb.LessonFor("no-such-section"));
    }

    [Theory]
    [InlineData("  - id: card-league-date", "  - id: league-date", "the id 'league-date' must start with 'card-'")]
    [InlineData("  - id: card-litvinov-policy", "  - id: card-league-date", "duplicate id 'card-league-date'")]
    [InlineData("  - id: card-litvinov-policy", "  - id: litvinov", "the id 'litvinov' must start with 'card-'")]
    [InlineData("  - id: scenario-league-1934", "  - id: league-entry", "duplicate id 'league-entry'")]
    [InlineData("kind: fact", "kind: fatc", "unknown card kind 'fatc'")]
    [InlineData("entries: [league-entry]\n  - id: card-litvinov-policy", "entries: [league-entyr]\n  - id: card-litvinov-policy", "unknown id 'league-entyr' in 'entries'")]
    [InlineData("    section: collective-security-notes\n    themes", "    section: collective-security-note\n    themes", "unknown note id 'collective-security-note' in 'section'")]
    [InlineData("themes: [collective-security]\n    front", "themes: [collective-securty]\n    front", "unknown theme id 'collective-securty' in 'themes'")]
    [InlineData("front: \"When did the USSR join the League of Nations?\"", "front: \"The USSR joined the League of Nations on 18 September 1934\"", "a card's front must be a question ending in '?' or a prompt such as 'Name…', 'Define…' or 'Explain…'")]
    [InlineData("front: \"Name the policy Litvinov championed at Geneva.\"", "front: \"Name the policy of collective security that Litvinov championed.\"", "the answer 'collective security' appears in the card's front")]
    [InlineData("    entries: [collective-security, litvinov]", "", "a card needs the entries behind it")]
    [InlineData("    answers: [\"collective security\"]", "    answer: [\"collective security\"]", "unknown key 'answer' in a card")]
    [InlineData("question: \"How far did collective security succeed?\"", "question: \"How far did collective security work?\"", "this is not one of the self-review questions of 'collective-security-notes'")]
    [InlineData("question: \"How far did collective security succeed?\"", "question: \"Why did the USSR join the League of Nations?\"", "this self-review question is answered twice in the lesson")]
    [InlineData("marks: 10", "marks: ten", "'marks' must be a whole number, not 'ten'")]
    [InlineData("      - id: stay-out", "      - id: join\n        text: Join again.\n        consequence: None.\n      - id: stay-out", "the option id 'join' is used twice in this scenario")]
    [InlineData("        historical: true", "        historical: yes please", "'historical' must be true or false, not 'yes please'")]
    [InlineData("        historical: true", "", "a scenario needs exactly one option with 'historical: true', not 0")]
    [InlineData("        consequence: \"Isolation, and no platform against Hitler.\"", "        consequence: \"Isolation, and no platform against Hitler.\"\n        historical: true", "a scenario needs exactly one option with 'historical: true', not 2")]
    [InlineData("      - historian: haslam", "      - historian: haslan", "unknown historian id 'haslan' in 'historian'")]
    [InlineData("    date: 1934-09", "    date: 31 February 1934", "'31 February 1934' is not a valid date: February 1934 has 28 days, so day 31 does not exist")]
    public void ProblemsInRevisionContentAreReported(string oldText, string newText, string message)
    {
        var result = LoadWith(oldText, newText);

        Assert.Null(result.Knowledge);
        Assert.Contains(result.Errors, e => e.Message == message);
    }

    [Fact]
    public void AScenarioWithOneOptionIsReported()
    {
        var result = LoadWith(
            "      - id: stay-out\n        text: \"Stay out of the League.\"\n        consequence: \"Isolation, and no platform against Hitler.\"\n",
            string.Empty);

        Assert.Contains(result.Errors, e => e.Message == "a scenario needs two to four options, not 1");
    }

    [Fact]
    public void AMistypedSelfReviewQuestionGetsTheNotesQuestionAsAHint()
    {
        var result = LoadWith("question: \"How far did collective security succeed?\"", "question: \"How far did collective security succeed\"");

        var error = Assert.Single(result.Errors);
        Assert.Equal("did you mean \"How far did collective security succeed?\"?", error.Hint);
        Assert.Equal(new SourceLocation("revision.yaml", 19, 19), error.Location);
    }

    [Fact]
    public void AnUnknownEntryIsReportedWithItsPlaceAndTheIdItMeant()
    {
        var result = LoadWith("entries: [collective-security, litvinov]", "entries: [collective-security, litvinof]");

        var error = Assert.Single(result.Errors);
        Assert.Equal(new SourceLocation("revision.yaml", 15, 36), error.Location);
        Assert.Equal("did you mean 'litvinov'?", error.Hint);
    }

    [Fact]
    public void ASecondLessonForASectionIsReported()
    {
        var files = Files();
        files["z-more.yaml"] = """
            lessons:
              - section: collective-security-notes
                practice:
                  - question: "How far did collective security succeed?"
                    marks: 20
                    guidance: "Weigh successes against failures."
            """ + "\n";

        var result = MiniPack.Load(files);

        var error = Assert.Single(result.Errors);
        Assert.Equal("the section 'collective-security-notes' already has a lesson", error.Message);
        Assert.Equal("z-more.yaml", error.Location.File);
    }

    [Fact]
    public void ThePackWithoutRevisionContentHasNone()
    {
        var kb = MiniPack.Load(MiniPack.Files()).Knowledge!;

        Assert.Empty(kb.AuthoredCards);
        Assert.Empty(kb.Lessons);
        Assert.Empty(kb.Scenarios);
    }
}
