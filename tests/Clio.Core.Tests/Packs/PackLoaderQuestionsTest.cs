using Clio.Knowledge;

namespace Clio.Tests.Packs;

/// <summary>The loader's checks on mark schemes, questions, essays and misconceptions.</summary>
public class PackLoaderQuestionsTest
{
    private const string Schemes = """
        schemes:
          - id: short
            board: Practice
            marks: 10
            objectives:
              - id: AO1
                marks: 10
                levels:
                  - level: 2
                    marks: 6–10
                    descriptor: Explains several reasons.
                  - level: 1
                    marks: 1–5
                    descriptor: Describes a reason.
        questions:
          - id: why-league
            text: Explain why the USSR joined the League of Nations in 1934.
            scheme: short
            marks: 10
            command-word: explain
            points:
              - id: germany
                statement: Hitler's Germany threatened the USSR.
                entries: [league-entry]
                concepts: [hitler, threat]
        misconceptions:
          - id: league-1933
            wrong: The USSR joined the League in 1933.
            patterns:
              - [joined the league in 1933]
            correction: It joined on 18 September 1934.
            entries: [league-entry]
            sources: [ref]
        """;

    private const string Essay = """
        ---
        question: why-league
        kind: calibration
        level: 1
        ---

        The USSR joined the League because it was afraid.
        """;

    private static Dictionary<string, string> Files()
    {
        var files = MiniPack.Files();
        files["questions.yaml"] = Schemes + "\n";
        files["essays/why-league/level-1.md"] = Essay + "\n";
        return files;
    }

    private static Clio.Packs.PackLoadResult LoadWith(string file, string oldText, string newText) =>
        MiniPack.LoadWith(Files(), file, oldText, newText);

    [Fact]
    public void QuestionsSchemesEssaysAndMisconceptionsLoad()
    {
        var result = MiniPack.Load(Files());

        Assert.Empty(result.Diagnostics);
        var question = result.Knowledge!.Find<Question>("why-league")!;
        Assert.Equal("short", question.SchemeId);
        Assert.Equal(EssayKind.Calibration, Assert.Single(question.Essays).Kind);
        Assert.Equal(2, result.Knowledge.Find<MarkScheme>("short")!.TopLevel);
        Assert.Equal([["joined the league in 1933"]], result.Knowledge.Find<Misconception>("league-1933")!.Patterns);
    }

    [Theory]
    [InlineData("questions.yaml", "    marks: 10\n    command-word", "    marks: 25\n    command-word", "the question is worth 25 marks but its scheme 'short' is worth 10")]
    [InlineData("questions.yaml", "command-word: explain", "command-word: explian", "unknown command word 'explian'")]
    [InlineData("questions.yaml", "scheme: short", "scheme: shrot", "unknown scheme id 'shrot' in 'scheme'")]
    [InlineData("questions.yaml", "        marks: 6–10", "        marks: 5–10", "the marks of level 1 (1–5) overlap those of level 2 (5–10)")]
    [InlineData("questions.yaml", "        marks: 6–10", "        marks: 6–9", "the top level ends at 9 marks, but the objective is worth 10")]
    [InlineData("questions.yaml", "concepts: [hitler, threat]", "concepts: []", "a point needs the concepts that evidence it")]
    [InlineData("questions.yaml", "    patterns:\n      - [joined the league in 1933]\n", "", "a misconception needs 'patterns:', lists of words that together signal it")]
    [InlineData("essays/why-league/level-1.md", "level: 1", "level: 7", "level 7 does not exist: the scheme's levels run from 0 to 2")]
    [InlineData("essays/why-league/level-1.md", "question: why-league", "question: why-leage", "unknown question id 'why-leage' in 'question'")]
    [InlineData("essays/why-league/level-1.md", "kind: calibration", "kind: sample", "unknown essay kind 'sample'")]
    public void ProblemsInQuestionsAreReported(string file, string oldText, string newText, string message)
    {
        var result = LoadWith(file, oldText, newText);

        Assert.Contains(result.Errors, e => e.Message == message);
    }

    [Fact]
    public void ANestedListOfTheWrongShapeIsReported()
    {
        var result = MiniPack.LoadWith("actors.yaml", "      - office: People's Commissar for Foreign Affairs", "      - People's Commissar for Foreign Affairs\n      - office: People's Commissar for Foreign Affairs");

        Assert.Contains(result.Errors, e => e.Message == "each item of 'roles' must be a mapping with office, from and to");
    }
}
