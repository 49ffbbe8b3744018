using Clio.Knowledge;

namespace Clio.Revision;

/// <summary>One course offered in a scenario, as shown: a letter, the option's id and its text, and nothing that tells which was taken.</summary>
/// <param name="Label">"A", "B", …</param>
/// <param name="Id">The option's id.</param>
/// <param name="Text">The course, as offered.</param>
public sealed record ScenarioChoice(string Label, string Id, string Text);

/// <summary>A historian's reading of a scenario's decision, with the historian's name.</summary>
/// <param name="HistorianId">The historian's or school's id.</param>
/// <param name="Name">The historian's or school's name.</param>
/// <param name="View">The reading.</param>
public sealed record HistorianReading(string HistorianId, string Name, string View);

/// <summary>What the student learns after choosing: what the choice led to, what was chosen in history, and the debate.</summary>
/// <param name="Chosen">The option the student chose.</param>
/// <param name="ChoseHistorical">Whether it was the course taken in history.</param>
/// <param name="Historical">The course taken in history.</param>
/// <param name="Outcome">What actually happened.</param>
/// <param name="Others">The other options with their likely consequences, in the order shown.</param>
/// <param name="Debate">How historians read the decision.</param>
public sealed record ScenarioDebrief(
    ScenarioOption Chosen,
    bool ChoseHistorical,
    ScenarioOption Historical,
    string Outcome,
    IReadOnlyList<ScenarioOption> Others,
    IReadOnlyList<HistorianReading> Debate);

/// <summary>
/// Presents a decision scenario: first the date, the role and the situation with the options in a shuffled order
/// (so that the historical one is not always first), then, once the student chooses, the debrief.
/// </summary>
public sealed class ScenarioRun
{
    private readonly KnowledgeBase _kb;
    private readonly List<ScenarioOption> _shown;

    private ScenarioRun(KnowledgeBase kb, Scenario scenario, List<ScenarioOption> shown)
    {
        _kb = kb;
        Scenario = scenario;
        _shown = shown;
        Choices = [.. shown.Select((o, i) => new ScenarioChoice(((char)('A' + i)).ToString(), o.Id, o.Text))];
    }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>The scene as introduced: "August 1939. You are Stalin."</summary>
    public string Setting => Scenario.Role is { } role ? $"{Scenario.Date}. {role}" : $"{Scenario.Date}.";

    /// <summary>The options in the order shown.</summary>
    public IReadOnlyList<ScenarioChoice> Choices { get; }

    /// <summary>Starts a scenario with its options shuffled by <paramref name="random"/>.</summary>
    public static ScenarioRun Start(KnowledgeBase knowledge, Scenario scenario, Random random)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(random);
        return new ScenarioRun(knowledge, scenario, [.. scenario.Options.OrderBy(_ => random.Next())]);
    }

    /// <summary>The debrief for a choice given by the option's id, its letter or its number; a reason when it names no option.</summary>
    public ParseResult<ScenarioDebrief> Choose(string choice)
    {
        var text = (choice ?? string.Empty).Trim().TrimEnd('.', ')');
        var chosen = _shown.FirstOrDefault(o => string.Equals(o.Id, text, StringComparison.OrdinalIgnoreCase));
        if (chosen is null && text.Length == 1)
        {
            var index = char.IsDigit(text[0]) ? text[0] - '1' : char.ToUpperInvariant(text[0]) - 'A';
            chosen = index >= 0 && index < _shown.Count ? _shown[index] : null;
        }

        if (chosen is null)
        {
            return ParseResult<ScenarioDebrief>.Fail($"'{text}' is not one of the options: choose {string.Join(", ", Choices.Select(c => c.Label))}");
        }

        var debate = Scenario.Debate
            .Select(v => new HistorianReading(v.Historian, _kb.Find(v.Historian)?.Title ?? v.Historian, v.View))
            .ToList();
        return ParseResult<ScenarioDebrief>.Ok(new ScenarioDebrief(
            chosen,
            chosen.Historical,
            Scenario.HistoricalOption,
            Scenario.Outcome,
            [.. _shown.Where(o => o != chosen)],
            debate));
    }
}
