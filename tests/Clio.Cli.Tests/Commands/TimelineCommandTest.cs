using System.Text.Json;

namespace Clio.Tests.Commands;

public class TimelineCommandTest
{
    private static JsonElement[] Events(params string[] args)
    {
        var result = Cli.Run(["timeline", "--json", .. args]);
        Assert.Equal(0, result.Code);
        Assert.Empty(result.Err);
        return JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToArray();
    }

    [Fact]
    public void JsonHasTheContractFieldsForEveryEvent()
    {
        var events = Events();

        Assert.True(events.Length >= 150);
        foreach (var e in events)
        {
            foreach (var field in new[] { "id", "title", "date", "precision", "aliases", "summary", "actors", "themes", "sources" })
            {
                Assert.True(e.TryGetProperty(field, out _), $"{e.GetProperty("id")} lacks {field}");
            }

            Assert.NotEqual(0, e.GetProperty("sources").GetArrayLength());
            Assert.Matches(@"^\d{4}(-\d{2}(-\d{2})?)?$", e.GetProperty("date").GetString());
        }
    }

    [Fact]
    public void ThePactIsDatedToTheDay()
    {
        var pact = Events().Single(e => e.GetProperty("id").GetString() == "nazi-soviet-pact");

        Assert.Equal("1939-08-23", pact.GetProperty("date").GetString());
        Assert.Equal("day", pact.GetProperty("precision").GetString());
        Assert.Contains("molotov", pact.GetProperty("actors").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void TheOctoberRevolutionCarriesItsJulianDay()
    {
        var revolution = Events().Single(e => e.GetProperty("id").GetString() == "october-revolution");

        Assert.Equal("1917-11-07", revolution.GetProperty("date").GetString());
        Assert.Equal("1917-10-25", revolution.GetProperty("julian").GetString());
    }

    [Fact]
    public void ARangeHasAnEnd()
    {
        var war = Events().Single(e => e.GetProperty("id").GetString() == "winter-war");

        Assert.Equal("1939-11-30", war.GetProperty("date").GetString());
        Assert.Equal("1940-03-13", war.GetProperty("end").GetString());
    }

    [Fact]
    public void FromAndToKeepOnlyEventsInThoseYears()
    {
        var events = Events("--from", "1934", "--to", "1935");

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.InRange(int.Parse(e.GetProperty("date").GetString()![..4], System.Globalization.CultureInfo.InvariantCulture), 1900, 1935));
        Assert.Contains(events, e => e.GetProperty("id").GetString() == "league-entry");
        Assert.DoesNotContain(events, e => e.GetProperty("id").GetString() == "nazi-soviet-pact");
    }

    [Fact]
    public void ThemeAndActorFilterTheEvents()
    {
        var events = Events("--theme", "collective-security", "--actor", "litvinov");

        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            Assert.Contains("collective-security", e.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
            Assert.Contains("litvinov", e.GetProperty("actors").EnumerateArray().Select(t => t.GetString()));
        });
    }

    [Fact]
    public void TheHumanViewIsATableOfDatesAndEvents()
    {
        var result = Cli.Run("timeline", "--from", "1939", "--to", "1939");

        Assert.Equal(0, result.Code);
        Assert.Contains("23 August 1939", result.Out, StringComparison.Ordinal);
        Assert.Contains("nazi-soviet-pact", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "timeline", "--from", "1940", "--to", "1930" }, "--from 1940 comes after --to 1930")]
    [InlineData(new[] { "timeline", "--theme", "colective-security" }, "unknown theme 'colective-security'; did you mean 'collective-security'")]
    [InlineData(new[] { "timeline", "--actor", "litvinof" }, "unknown actor 'litvinof'; did you mean 'litvinov'?")]
    [InlineData(new[] { "timeline", "--from", "nineteen" }, "cannot parse argument 'nineteen'")]
    public void BadFiltersGiveOneLineAndExitTwo(string[] args, string message)
    {
        var result = Cli.Run(args);

        Assert.Equal(2, result.Code);
        var line = Assert.Single(result.ErrLines);
        Assert.StartsWith("clio: ", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.OrdinalIgnoreCase);
    }
}
