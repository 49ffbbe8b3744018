using Clio.Knowledge;
using Clio.Revision;
using Clio.Tests.Packs;

namespace Clio.Tests.Revision;

/// <summary>Presenting a decision scenario: options first, then what happened and how historians read it.</summary>
public class ScenarioRunTest
{
    private static readonly KnowledgeBase Kb = MiniPack.Load(PackLoaderRevisionTest.Files()).Knowledge!;
    private static readonly Scenario Scenario = Kb.FindScenario("scenario-league-1934")!;

    [Fact]
    public void TheSceneShowsTheDateRoleAndLetteredOptions()
    {
        var run = ScenarioRun.Start(Kb, Scenario, new Random(1));

        Assert.Equal("September 1934. You are Litvinov.", run.Setting);
        Assert.Equal(["A", "B"], run.Choices.Select(c => c.Label));
        Assert.Equal(["join", "stay-out"], run.Choices.Select(c => c.Id).Order());
    }

    [Fact]
    public void TheHistoricalOptionIsNotAlwaysShownFirst()
    {
        var firsts = Enumerable.Range(0, 20).Select(seed => ScenarioRun.Start(Kb, Scenario, new Random(seed)).Choices[0].Id).Distinct();

        Assert.Equal(2, firsts.Count());
    }

    [Theory]
    [InlineData("join")]
    [InlineData("JOIN")]
    public void ChoosingTheHistoricalCourseSaysSoAndGivesTheDebate(string choice)
    {
        var run = ScenarioRun.Start(Kb, Scenario, new Random(3));

        var debrief = run.Choose(choice).Value;

        Assert.True(debrief.ChoseHistorical);
        Assert.Equal("join", debrief.Historical.Id);
        Assert.Equal("The USSR joined on 18 September 1934.", debrief.Outcome);
        Assert.Equal("stay-out", Assert.Single(debrief.Others).Id);
        var reading = Assert.Single(debrief.Debate);
        Assert.Equal(("haslam", "Jonathan Haslam"), (reading.HistorianId, reading.Name));
    }

    [Fact]
    public void ChoosingByLetterOrNumberPicksTheOptionShownThere()
    {
        var run = ScenarioRun.Start(Kb, Scenario, new Random(5));
        var second = run.Choices[1].Id;

        Assert.Equal(second, run.Choose("B").Value.Chosen.Id);
        Assert.Equal(second, run.Choose("2").Value.Chosen.Id);
        Assert.Equal(second != "join", !run.Choose("b)").Value.ChoseHistorical);
    }

    [Theory]
    [InlineData("")]
    [InlineData("C")]
    [InlineData("invade")]
    public void AChoiceThatNamesNoOptionIsAFailureNotAnException(string choice)
    {
        var run = ScenarioRun.Start(Kb, Scenario, new Random(1));

        var result = run.Choose(choice);

        Assert.False(result.Success);
        Assert.Contains("choose A, B", result.Error, StringComparison.Ordinal);
    }
}
