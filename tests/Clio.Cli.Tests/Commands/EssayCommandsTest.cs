using System.Text;
using System.Text.Json;

namespace Clio.Tests.Commands;

public sealed class EssayCommandsTest : IDisposable
{
    private const string Essay = """
        The Nazi–Soviet Pact was signed on 23 August 1939 by Molotov and Ribbentrop. Stalin wanted security because Britain
        and France had let him down at Munich in September 1938.

        The USSR joined the League of Nations in 1936. Litvinov, the foreign commissar, had championed collective security.
        """;

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("clio-essays-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void QuestionsJsonHasTheContractFields()
    {
        var result = Cli.Run("questions", "--json");

        Assert.Equal(0, result.Code);
        var questions = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToArray();
        Assert.True(questions.Length >= 10);
        var aims = questions.Single(q => q.GetProperty("id").GetString() == "aims-1924-41");
        Assert.Equal("Assess the aims of Soviet foreign policy in the period 1924–41.", aims.GetProperty("text").GetString());
        Assert.Equal(30, aims.GetProperty("marks").GetInt32());
        Assert.Equal("assess", aims.GetProperty("commandWord").GetString());
        Assert.False(string.IsNullOrEmpty(aims.GetProperty("board").GetString()));
    }

    [Fact]
    public void FactcheckFindsTheWrongDateWithItsCorrectionAndOffsets()
    {
        var file = Write("essay.txt", Essay);
        var result = Cli.Run("factcheck", file, "--json");

        Assert.Equal(0, result.Code);
        var claims = JsonDocument.Parse(result.Out).RootElement.GetProperty("claims").EnumerateArray().ToArray();
        var wrong = Assert.Single(claims, c => c.GetProperty("verdict").GetString() == "contradicted");
        Assert.StartsWith("The USSR joined the League of Nations in 1936.", wrong.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.Contains("18 September 1934", wrong.GetProperty("correction").GetString(), StringComparison.Ordinal);
        Assert.Contains("league-entry", wrong.GetProperty("entries").EnumerateArray().Select(e => e.GetString()));
        var text = File.ReadAllText(file);
        var start = wrong.GetProperty("start").GetInt32();
        var end = wrong.GetProperty("end").GetInt32();
        Assert.Equal(wrong.GetProperty("sentence").GetString(), text[start..end]);
        Assert.Contains(claims, c => c.GetProperty("verdict").GetString() == "supported");
    }

    [Fact]
    public void FactcheckReadsStandardInput()
    {
        var result = Cli.RunWithInput(Encoding.UTF8.GetBytes(Essay), "factcheck", "-", "--json");

        Assert.Equal(0, result.Code);
        Assert.Contains("contradicted", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void FeedbackJsonFollowsTheContractAndIsTheSameEveryTime()
    {
        var file = Write("essay.txt", Essay);
        var first = Cli.Run("feedback", "--question", "why-nazi-soviet-pact", file, "--json");
        var second = Cli.Run("feedback", "--question", "why-nazi-soviet-pact", file, "--json");

        Assert.Equal(0, first.Code);
        Assert.Equal(first.Out, second.Out);
        var report = JsonDocument.Parse(first.Out).RootElement;
        foreach (var field in new[] { "file", "question", "words", "level", "mark", "maxMark", "marks", "coverage", "claims", "structure", "advice" })
        {
            Assert.True(report.TryGetProperty(field, out _), field);
        }

        Assert.Equal("why-nazi-soviet-pact", report.GetProperty("question").GetString());
        Assert.Equal(10, report.GetProperty("maxMark").GetInt32());
        var point = report.GetProperty("coverage").EnumerateArray().First();
        foreach (var field in new[] { "point", "text", "covered", "evidence" })
        {
            Assert.True(point.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public void FeedbackOnSeveralFilesGivesAnArrayInTheOrderGiven()
    {
        var a = Write("a.txt", Essay);
        var b = Write("b.txt", "Stalin signed the Nazi–Soviet Pact in August 1939 because he wanted time to rearm.");
        var result = Cli.Run("feedback", "--question", "why-nazi-soviet-pact", b, a, "--json");

        Assert.Equal(0, result.Code);
        var reports = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToArray();
        Assert.Equal([b, a], reports.Select(r => r.GetProperty("file").GetString()));
    }

    [Fact]
    public void CambridgeFeedbackMarksEachObjective()
    {
        var file = Write("essay.txt", Essay);
        var report = JsonDocument.Parse(Cli.Run("feedback", "--question", "aims-1924-41", file, "--json").Out).RootElement;

        var marks = report.GetProperty("marks");
        Assert.True(marks.TryGetProperty("AO1", out _));
        Assert.True(marks.TryGetProperty("AO2", out _));
        Assert.Equal(report.GetProperty("mark").GetInt32(), marks.GetProperty("AO1").GetInt32() + marks.GetProperty("AO2").GetInt32());
    }

    [Fact]
    public void TheHumanReportShowsTheMarkErrorsAndAdvice()
    {
        var file = Write("essay.txt", Essay);
        var result = Cli.Run("feedback", "--question", "aims-1924-41", file);

        Assert.Equal(0, result.Code);
        Assert.Contains("Level", result.Out, StringComparison.Ordinal);
        Assert.Contains("Fact errors", result.Out, StringComparison.Ordinal);
        Assert.Contains("To reach the next level", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralFilesEndWithASummaryTable()
    {
        var a = Write("a.txt", Essay);
        var b = Write("b.txt", Essay + "\n\nIn conclusion, security was the main aim.");
        var result = Cli.Run("feedback", "--question", "aims-1924-41", a, b);

        Assert.Equal(0, result.Code);
        Assert.Contains("a.txt", result.Out, StringComparison.Ordinal);
        Assert.Contains("b.txt", result.Out, StringComparison.Ordinal);
        Assert.Contains("mean mark", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownQuestionListsTheQuestions()
    {
        var file = Write("essay.txt", Essay);
        var result = Cli.Run("feedback", "--question", "nope", file);

        Assert.Equal(2, result.Code);
        var line = Assert.Single(result.ErrLines);
        Assert.StartsWith("clio: unknown question 'nope'; the questions are: ", line, StringComparison.Ordinal);
        Assert.Contains("aims-1924-41", line, StringComparison.Ordinal);
    }

    [Fact]
    public void BadEssaysAreRefusedInOneLineWithExitTwo()
    {
        var cases = new (string Path, string Message)[]
        {
            (Write("empty.txt", "  \n\n "), "is empty"),
            (WriteBytes("binary.bin", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x12]), "binary data"),
            (WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("Stalin sign\u00e9 the pact.")), "not UTF-8"),
            (Write("huge.txt", new string('a', 200_001)), "at most 200,000"),
            (Path.Combine(_dir.FullName, "missing.txt"), "no such file"),
            (_dir.FullName, "is a folder"),
        };
        foreach (var (path, message) in cases)
        {
            foreach (var command in new[] { new[] { "factcheck", path }, new[] { "feedback", "--question", "aims-1924-41", path } })
            {
                var result = Cli.Run(command);
                Assert.Equal(2, result.Code);
                var line = Assert.Single(result.ErrLines);
                Assert.Contains(message, line, StringComparison.Ordinal);
                Assert.Empty(result.Out);
            }
        }
    }

    [Fact]
    public void AFiveMegabyteFileIsRefusedWithoutReadingItAll()
    {
        var path = Write("big.txt", new string('x', 5 * 1024 * 1024));
        var result = Cli.Run("factcheck", path);

        Assert.Equal(2, result.Code);
        Assert.Contains("at most 200,000 characters", Assert.Single(result.ErrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void FeedbackNeedsAQuestion()
    {
        var file = Write("essay.txt", Essay);
        var result = Cli.Run("feedback", file);

        Assert.Equal(2, result.Code);
        Assert.Single(result.ErrLines);
    }
}
