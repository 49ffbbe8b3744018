using System.Text.Json;

namespace Clio.Tests.Commands;

public class ShowCommandTest
{
    private static JsonElement Show(string id)
    {
        var result = Cli.Run("show", id, "--json");
        Assert.Equal(0, result.Code);
        return JsonDocument.Parse(result.Out).RootElement;
    }

    [Fact]
    public void AnEventShowsItsActorsAndSources()
    {
        var pact = Show("nazi-soviet-pact");

        Assert.Equal("event", pact.GetProperty("kind").GetString());
        Assert.Contains(pact.GetProperty("actors").EnumerateArray(), a => a.GetProperty("id").GetString() == "ribbentrop" && a.GetProperty("title").GetString()!.Contains("Ribbentrop", StringComparison.Ordinal));
        Assert.NotEqual(0, pact.GetProperty("sources").GetArrayLength());
        Assert.All(pact.GetProperty("sources").EnumerateArray(), s => Assert.False(string.IsNullOrEmpty(s.GetProperty("citation").GetString())));
    }

    [Fact]
    public void APersonShowsOfficesAndEvents()
    {
        var litvinov = Show("litvinov");

        Assert.Equal("actor", litvinov.GetProperty("kind").GetString());
        var office = litvinov.GetProperty("roles").EnumerateArray().Single(r => r.GetProperty("office").GetString() == "People's Commissar for Foreign Affairs");
        Assert.Equal("1930-07-21", office.GetProperty("from").GetString());
        Assert.Equal("1939-05-03", office.GetProperty("to").GetString());
        Assert.Contains(litvinov.GetProperty("events").EnumerateArray(), e => e.GetProperty("id").GetString() == "league-entry");
    }

    [Theory]
    [InlineData("haslam", "historian")]
    [InlineData("cordon-sanitaire", "term")]
    [InlineData("haslam-1984", "source")]
    [InlineData("collective-security-1933-38", "note")]
    [InlineData("far-east", "theme")]
    public void EveryKindOfEntryCanBeShown(string id, string kind) =>
        Assert.Equal(kind, Show(id).GetProperty("kind").GetString());

    [Fact]
    public void TheHumanViewShowsTheSummaryAndTheOffices()
    {
        var result = Cli.Run("show", "molotov");

        Assert.Equal(0, result.Code);
        Assert.Contains("Vyacheslav Molotov", result.Out, StringComparison.Ordinal);
        Assert.Contains("People's Commissar for Foreign Affairs", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownIdSuggestsTheNearestIds()
    {
        var result = Cli.Run("show", "litvinof");

        Assert.Equal(2, result.Code);
        Assert.Equal("clio: unknown id 'litvinof'; did you mean 'litvinov'?", Assert.Single(result.ErrLines));
        Assert.Empty(result.Out);
    }

    [Fact]
    public void AnIdWithNothingNearSaysHowToFindIt()
    {
        var result = Cli.Run("show", "zzzzzzzzzz");

        Assert.Equal(2, result.Code);
        Assert.Contains("try 'clio search'", Assert.Single(result.ErrLines), StringComparison.Ordinal);
    }
}
