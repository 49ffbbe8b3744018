using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Clio.Tests.Commands;

/// <summary>
/// <c>clio review</c>, <c>quiz</c>, <c>plan</c>, <c>stats</c>, <c>cards</c>, <c>lesson</c> and <c>scenario</c>, end to end
/// on a real SQLite store in a fresh folder per test.
/// </summary>
public sealed class RevisionCommandsTest : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "clio-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private Cli.Result Run(string input, params string[] args) =>
        Cli.RunWithInput(Encoding.UTF8.GetBytes(input), [.. args, "--data", _data]);

    private JsonElement Stats()
    {
        var result = Run(string.Empty, "stats", "--json");
        Assert.Equal(0, result.Code);
        return JsonDocument.Parse(result.Out).RootElement;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    [Fact]
    public void StatsOnAFreshStoreShowsTheWholeDeckUnseen()
    {
        var stats = Stats();

        Assert.True(stats.GetProperty("cards").GetInt32() >= 80);
        Assert.Equal(0, stats.GetProperty("seen").GetInt32());
        Assert.Equal(0, stats.GetProperty("answers").GetInt64());
        Assert.Equal(11, stats.GetProperty("sections").GetArrayLength());
        Assert.All(stats.GetProperty("sections").EnumerateArray(), s => Assert.Equal("not started", s.GetProperty("label").GetString()));
    }

    [Fact]
    public void ReviewSavesEveryAnswerAndStatsCountsThem()
    {
        // Blank lines reveal open cards (and count as a wrong typed answer); "3" rates an open card Good.
        var input = string.Concat(Enumerable.Repeat("\n3\n", 12));

        var result = Run(input, "review", "--new", "5", "--section", "germany-and-rapallo");

        Assert.Equal(0, result.Code);
        Assert.Equal(string.Empty, result.Err);
        Assert.Contains("Session", result.Out, StringComparison.Ordinal);
        var stats = Stats();
        Assert.Equal(5, stats.GetProperty("seen").GetInt32());
        Assert.True(stats.GetProperty("answers").GetInt64() >= 5);
        var section = stats.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "germany-and-rapallo");
        Assert.Equal(5, section.GetProperty("seen").GetInt32());
    }

    [Fact]
    public void ReviewStoppedWithQKeepsWhatWasAnswered()
    {
        var first = Run("\n3\nq\n", "review", "--new", "4", "--section", "spain-1936-39");

        Assert.Equal(0, first.Code);
        Assert.InRange(Stats().GetProperty("answers").GetInt64(), 0, 2);
        var again = Run(string.Empty, "review", "--new", "0");
        Assert.Equal(0, again.Code);
    }

    [Fact]
    public void QuizGradesTypedAnswersAndSavesThem()
    {
        var result = Run("A\nA\nA\n", "quiz", "--count", "3", "--seed", "7");

        Assert.Equal(0, result.Code);
        Assert.Contains("/3", result.Out, StringComparison.Ordinal);
        Assert.Contains("Score:", result.Out, StringComparison.Ordinal);
        Assert.Equal(3, Stats().GetProperty("days").EnumerateArray().Sum(d => d.GetProperty("quizzes").GetInt32()));
    }

    [Fact]
    public void QuizWithTheSameSeedAsksTheSameQuestions()
    {
        var a = Run(string.Empty, "quiz", "--count", "4", "--seed", "42");
        var b = Run(string.Empty, "quiz", "--count", "4", "--seed", "42");

        Assert.Equal(a.Out, b.Out);
    }

    [Fact]
    public void PlanForecastsEveryDayUnderTheCapAndSavesTheExamDate()
    {
        var exam = Today.AddDays(60);

        var result = Run(string.Empty, "plan", "--exam-date", Iso(exam), "--cap", "40", "--json");

        Assert.Equal(0, result.Code);
        var plan = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(Iso(exam), plan.GetProperty("examDate").GetString());
        Assert.Equal(60, plan.GetProperty("days").GetArrayLength());
        Assert.All(plan.GetProperty("days").EnumerateArray(), d => Assert.InRange(d.GetProperty("total").GetInt32(), 0, 40));
        Assert.InRange(plan.GetProperty("expectedRetention").GetDouble(), 0.85, 1);
        var again = Run(string.Empty, "plan", "--json");
        Assert.Equal(0, again.Code);
        Assert.Equal(Iso(exam), JsonDocument.Parse(again.Out).RootElement.GetProperty("examDate").GetString());
    }

    [Fact]
    public void PlanHumanViewShowsTheLoadTableAndChart()
    {
        var result = Run(string.Empty, "plan", "--exam-date", Iso(Today.AddDays(30)));

        Assert.Equal(0, result.Code);
        Assert.Contains("Daily load", result.Out, StringComparison.Ordinal);
        Assert.Contains("Cards a day", result.Out, StringComparison.Ordinal);
        Assert.Contains("Expected retention on exam day", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("next june")]
    [InlineData("2020-01-01")]
    public void PlanWithABadOrPastDateFailsInOneLine(string date)
    {
        var result = Run(string.Empty, "plan", "--exam-date", date);

        Assert.Equal(2, result.Code);
        Assert.Single(result.ErrLines);
        Assert.StartsWith("clio: ", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanWithoutAnySavedDateSaysHowToGiveOne()
    {
        var result = Run(string.Empty, "plan");

        Assert.Equal(2, result.Code);
        Assert.Contains("--exam-date", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void ADataFolderHoldingAForeignFileIsRefusedAndLeftAlone()
    {
        Directory.CreateDirectory(_data);
        var file = Path.Combine(_data, "clio.db");
        File.WriteAllText(file, "not a database");

        var result = Run(string.Empty, "stats");

        Assert.Equal(2, result.Code);
        Assert.Single(result.ErrLines);
        Assert.Equal("not a database", File.ReadAllText(file));
    }

    [Fact]
    public void CardsExportApkgIsAnAnkiCollectionWithEveryCard()
    {
        Directory.CreateDirectory(_data);
        var apkg = Path.Combine(_data, "deck.apkg");

        var result = Run(string.Empty, "cards", "export", "--format", "apkg", "--out", apkg);

        Assert.Equal(0, result.Code);
        using var zip = ZipFile.OpenRead(apkg);
        Assert.NotNull(zip.GetEntry("collection.anki2"));
        Assert.NotNull(zip.GetEntry("media"));
        Assert.Equal(Stats().GetProperty("cards").GetInt32(), ParseCount(result.Out));
    }

    [Fact]
    public void CardsExportedAsTextImportBackAsPackCardsLinkedToEntries()
    {
        Directory.CreateDirectory(_data);
        var tsv = Path.Combine(_data, "deck.txt");
        Assert.Equal(0, Run(string.Empty, "cards", "export", "--format", "tsv", "--out", tsv, "--section", "spain-1936-39").Code);
        Assert.StartsWith("#separator:", File.ReadAllText(tsv), StringComparison.Ordinal);

        var imported = Run(string.Empty, "cards", "import", tsv);

        Assert.Equal(0, imported.Code);
        Assert.StartsWith("cards:\n", imported.Out, StringComparison.Ordinal);
        Assert.Contains("entries: [", imported.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void CardsImportOfAMissingFileFailsInOneLine()
    {
        var result = Run(string.Empty, "cards", "import", Path.Combine(_data, "missing.txt"));

        Assert.Equal(2, result.Code);
        Assert.Single(result.ErrLines);
    }

    [Theory]
    [InlineData(new byte[] { 0x23, 0x00, 0x01, 0x02 }, "binary")]
    [InlineData(new byte[] { 0x61, 0x09, 0xFF, 0xFE, 0x62 }, "not UTF-8")]
    public void CardsImportOfABinaryOrNonUtf8FileFailsInOneLine(byte[] content, string expected)
    {
        Directory.CreateDirectory(_data);
        var file = Path.Combine(_data, "notes.txt");
        File.WriteAllBytes(file, content);

        var result = Run(string.Empty, "cards", "import", file);

        Assert.Equal(2, result.Code);
        Assert.Contains(expected, Assert.Single(result.ErrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void CardsExportWithAnUnknownFormatIsABadFlag()
    {
        var result = Run(string.Empty, "cards", "export", "--format", "csv", "--out", "x");

        Assert.Equal(2, result.Code);
        Assert.Single(result.ErrLines);
    }

    [Fact]
    public void LessonListsOnePerSectionAndRunsOne()
    {
        var list = Run(string.Empty, "lesson");
        Assert.Equal(0, list.Code);
        Assert.Contains("collective-security-1933-38", list.Out, StringComparison.Ordinal);

        var lesson = Run(string.Concat(Enumerable.Repeat("\nA\n", 30)), "lesson", "collective-security-1933-38");

        Assert.Equal(0, lesson.Code);
        Assert.Contains("Lesson done.", lesson.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ScenarioShowsTheOutcomeAndTheHistoriansAfterAChoice()
    {
        var list = Run(string.Empty, "scenario");
        Assert.Equal(0, list.Code);
        var id = list.Out.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("scenario-", StringComparison.Ordinal)).Split(' ')[0];

        var result = Run("A\n", "scenario", id);

        Assert.Equal(0, result.Code);
        Assert.Contains("What happened:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownSectionIsRefusedWithSuggestions()
    {
        var result = Run(string.Empty, "quiz", "--section", "spain-1936");

        Assert.Equal(2, result.Code);
        Assert.Contains("spain-1936-39", result.Err, StringComparison.Ordinal);
    }

    private static int ParseCount(string output) =>
        int.Parse(output.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
