using System.Text;
using System.Text.Json;

namespace Clio.Tests.Commands;

/// <summary><c>clio fsrs replay</c>: the contract of docs/cli.md, agreement with ts-fsrs end to end, and bad lines.</summary>
public sealed class FsrsCommandTest
{
    private static readonly string[] Fixture = File.ReadAllLines(
        Path.Combine(Cli.RepoRoot, "tests", "Clio.Core.Tests", "Scheduling", "Data", "ts-fsrs-histories.jsonl"));

    private static Cli.Result Replay(string input, params string[] options) =>
        Cli.RunWithInput(Encoding.UTF8.GetBytes(input), ["fsrs", "replay", .. options]);

    private static JsonElement[] Rows(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    private static string Line(object card, int rating, string at) =>
        JsonSerializer.Serialize(new Dictionary<string, object> { ["card"] = card, ["rating"] = rating, ["at"] = at }) + "\n";

    [Fact]
    public void ReplayWritesOneLineOfContractFieldsPerReview()
    {
        var result = Replay(Line("a", 3, "2024-05-01T09:00:00Z") + Line("a", 3, "2024-05-01T09:10:00Z") + Line(7, 1, "2024-05-01T10:00:00.250Z"), "--no-fuzz");

        Assert.Equal(0, result.Code);
        Assert.Equal(string.Empty, result.Err);
        var rows = Rows(result.Out);
        Assert.Equal(3, rows.Length);
        foreach (var field in new[] { "card", "at", "rating", "stability", "difficulty", "state", "due", "intervalDays" })
        {
            Assert.All(rows, r => Assert.True(r.TryGetProperty(field, out _), field));
        }

        Assert.Equal("a", rows[0].GetProperty("card").GetString());
        Assert.Equal(7, rows[2].GetProperty("card").GetInt32());
        Assert.Equal(("learning", 1, "2024-05-01T09:10:00.000Z", 0), Summary(rows[0]));
        Assert.Equal(("review", 0, "2024-05-03T09:10:00.000Z", 2), Summary(rows[1]));
        Assert.Equal(("learning", 0, "2024-05-01T10:01:00.250Z", 0), Summary(rows[2]));
        Assert.Equal(2.3065, rows[1].GetProperty("stability").GetDouble());
        Assert.Equal(2.11121424, rows[1].GetProperty("difficulty").GetDouble());
    }

    [Fact]
    public void ReplayAgreesWithTsFsrsOnTheFixture()
    {
        var lines = Fixture.Take(1500).ToArray();
        var input = string.Concat(lines.Select(l =>
        {
            var row = JsonDocument.Parse(l).RootElement;
            return $"{{\"card\":{row.GetProperty("card").GetRawText()},\"rating\":{row.GetProperty("rating")},\"at\":\"{row.GetProperty("at").GetString()}\"}}\n";
        }));

        var result = Replay(input, "--no-fuzz");

        Assert.Equal(0, result.Code);
        var actual = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines.Length, actual.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var expected = JsonDocument.Parse(lines[i]).RootElement;
            var row = JsonDocument.Parse(actual[i]).RootElement;
            Assert.Equal(expected.GetProperty("card").GetRawText(), row.GetProperty("card").GetRawText());
            Assert.Equal(expected.GetProperty("at").GetString(), row.GetProperty("at").GetString());
            Assert.Equal(expected.GetProperty("state").GetString(), row.GetProperty("state").GetString());
            Assert.Equal(expected.GetProperty("stability").GetDouble(), row.GetProperty("stability").GetDouble(), 2e-8);
            Assert.Equal(expected.GetProperty("difficulty").GetDouble(), row.GetProperty("difficulty").GetDouble(), 2e-8);
            Assert.Equal(expected.GetProperty("intervalDays").GetInt32(), row.GetProperty("intervalDays").GetInt32());
            Assert.Equal(expected.GetProperty("due").GetString(), row.GetProperty("due").GetString());
        }
    }

    [Fact]
    public void ReplayWithFuzzIsTheSameEveryRunAndChangesWithTheSeed()
    {
        var input = string.Concat(Fixture.Take(600).Select(l =>
        {
            var row = JsonDocument.Parse(l).RootElement;
            return $"{{\"card\":{row.GetProperty("card").GetRawText()},\"rating\":{row.GetProperty("rating")},\"at\":\"{row.GetProperty("at").GetString()}\"}}\n";
        }));

        var first = Replay(input);
        var second = Replay(input);
        var seeded = Replay(input, "--seed", "12");
        var exact = Replay(input, "--no-fuzz");

        Assert.Equal(0, first.Code);
        Assert.Equal(first.Out, second.Out);
        Assert.NotEqual(first.Out, seeded.Out);
        Assert.NotEqual(first.Out, exact.Out);
    }

    [Fact]
    public void LowerRetentionGivesLongerIntervals()
    {
        var input = Line("x", 4, "2024-05-01T09:00:00Z") + Line("x", 3, "2024-05-09T09:00:00Z");

        var at90 = Rows(Replay(input, "--no-fuzz").Out)[1].GetProperty("intervalDays").GetInt32();
        var at80 = Rows(Replay(input, "--no-fuzz", "--retention", "0.8").Out)[1].GetProperty("intervalDays").GetInt32();

        Assert.True(at80 > at90, $"{at80} > {at90}");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("-0.2")]
    public void RetentionOutOfRangeIsAUsageError(string retention)
    {
        var result = Replay(Line("x", 3, "2024-05-01T09:00:00Z"), "--retention", retention);

        Assert.Equal(2, result.Code);
        Assert.Contains("retention", Assert.Single(result.ErrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void BlankLinesCrlfAndAByteOrderMarkAreAccepted()
    {
        var input = "\uFEFF" + Line("a", 3, "2024-05-01T09:00:00Z").Replace("\n", "\r\n", StringComparison.Ordinal) + "\n  \n" + Line("a", 3, "2024-05-01T09:10:00Z").TrimEnd('\n');

        var result = Replay(input, "--no-fuzz");

        Assert.Equal(0, result.Code);
        Assert.Equal(2, Rows(result.Out).Length);
    }

    [Fact]
    public void AnEscapedIdNamesTheSameCard()
    {
        var result = Replay("{\"card\":\"A\",\"rating\":3,\"at\":\"2024-05-01T09:00:00Z\"}\n{\"card\":\"\\u0041\",\"rating\":3,\"at\":\"2024-05-01T09:10:00Z\"}\n", "--no-fuzz");

        Assert.Equal("review", Rows(result.Out)[1].GetProperty("state").GetString());
    }

    [Fact]
    public void TimesWithAnOffsetAreConvertedToUtc()
    {
        var result = Replay(Line("a", 1, "2024-05-01T09:00:00.5+02:00"), "--no-fuzz");

        Assert.Equal("2024-05-01T07:00:00.500Z", Rows(result.Out)[0].GetProperty("at").GetString());
    }

    [Fact]
    public void EmptyInputGivesNoOutput()
    {
        var result = Replay(string.Empty);

        Assert.Equal(0, result.Code);
        Assert.Equal(string.Empty, result.Out);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("{\"card\":\"a\",\"rating\":3,\"at\":\"2024-05-01T09:00:00Z\"", "not valid JSON")]
    [InlineData("{\"card\":\"a\",\"rating\":3,\"at\":\"2024-05-01T09:00:00Z\"} {}", "not valid JSON")]
    [InlineData("{\"rating\":3,\"at\":\"2024-05-01T09:00:00Z\"}", "no \"card\"")]
    [InlineData("{\"card\":\"a\",\"at\":\"2024-05-01T09:00:00Z\"}", "no \"rating\"")]
    [InlineData("{\"card\":\"a\",\"rating\":3}", "no \"at\"")]
    [InlineData("{\"card\":null,\"rating\":3,\"at\":\"2024-05-01T09:00:00Z\"}", "\"card\" must be a string or a number")]
    [InlineData("{\"card\":\"a\",\"rating\":5,\"at\":\"2024-05-01T09:00:00Z\"}", "\"rating\" must be 1, 2, 3 or 4")]
    [InlineData("{\"card\":\"a\",\"rating\":0,\"at\":\"2024-05-01T09:00:00Z\"}", "\"rating\" must be 1, 2, 3 or 4")]
    [InlineData("{\"card\":\"a\",\"rating\":2.5,\"at\":\"2024-05-01T09:00:00Z\"}", "\"rating\" must be 1, 2, 3 or 4")]
    [InlineData("{\"card\":\"a\",\"rating\":\"3\",\"at\":\"2024-05-01T09:00:00Z\"}", "\"rating\" must be 1, 2, 3 or 4")]
    [InlineData("{\"card\":\"a\",\"rating\":3,\"at\":\"2024-05-01T09:00:00\"}", "\"at\" must be an ISO-8601 time with a zone")]
    [InlineData("{\"card\":\"a\",\"rating\":3,\"at\":\"2024-02-30T09:00:00Z\"}", "\"at\" must be an ISO-8601 time with a zone")]
    [InlineData("{\"card\":\"a\",\"rating\":3,\"at\":\"yesterday\"}", "\"at\" must be an ISO-8601 time with a zone")]
    [InlineData("{\"card\":\"a\",\"rating\":3,\"at\":1714554000}", "\"at\" must be an ISO-8601 time with a zone")]
    [InlineData("{\"card\":\"a\",\"rating\":3,\"at\":\"2024-05-01T08:59:59Z\"}", "card \"a\" was last reviewed at 2024-05-01T09:00:00.000Z")]
    public void ABadLineStopsWithItsNumberAndExitCode2(string bad, string message)
    {
        var input = Line("a", 3, "2024-05-01T09:00:00Z") + "\n" + bad + "\n" + Line("a", 3, "2024-05-01T10:00:00Z");

        var result = Replay(input, "--no-fuzz");

        Assert.Equal(2, result.Code);
        var error = Assert.Single(result.ErrLines);
        Assert.StartsWith("clio: line 3: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);

        // The lines before the bad one have their output; nothing after it is read.
        Assert.Single(Rows(result.Out));
    }

    [Fact]
    public void InvalidUtf8IsABadLine()
    {
        var input = Encoding.UTF8.GetBytes("{\"card\":\"").Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("\",\"rating\":3,\"at\":\"2024-05-01T09:00:00Z\"}\n")).ToArray();

        var result = Cli.RunWithInput(input, "fsrs", "replay");

        Assert.Equal(2, result.Code);
        Assert.StartsWith("clio: line 1: not valid UTF-8", Assert.Single(result.ErrLines), StringComparison.Ordinal);
    }

    private static (string State, int Step, string Due, int Interval) Summary(JsonElement row) =>
        (row.GetProperty("state").GetString()!, row.GetProperty("step").GetInt32(), row.GetProperty("due").GetString()!, row.GetProperty("intervalDays").GetInt32());
}
