using System.Text.Json;

namespace Clio.Tests.Commands;

public class SearchCommandTest
{
    [Fact]
    public void JsonHasTheContractFieldsBestFirst()
    {
        var result = Cli.Run("search", "molotov", "ribbentrop", "--json", "--limit", "5");

        Assert.Equal(0, result.Code);
        var hits = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToArray();
        Assert.InRange(hits.Length, 1, 5);
        Assert.Equal("nazi-soviet-pact", hits[0].GetProperty("id").GetString());
        Assert.Equal("event", hits[0].GetProperty("kind").GetString());
        Assert.False(string.IsNullOrEmpty(hits[0].GetProperty("snippet").GetString()));
        var scores = hits.Select(h => h.GetProperty("score").GetDouble()).ToArray();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public void TheHumanViewListsTitlesAndIds()
    {
        var result = Cli.Run("search", "litvinof");

        Assert.Equal(0, result.Code);
        Assert.Contains("litvinov", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("5000")]
    public void ABadLimitIsRefused(string limit)
    {
        var result = Cli.Run("search", "pact", "--limit", limit);

        Assert.Equal(2, result.Code);
        Assert.Single(result.ErrLines);
    }

    [Fact]
    public void AQueryOfOnlyPunctuationFindsNothingWithoutError()
    {
        var result = Cli.Run("search", "--json", "--", "–?!");

        Assert.Equal(0, result.Code);
        Assert.Equal("[]", result.Out.Trim());
    }
}
