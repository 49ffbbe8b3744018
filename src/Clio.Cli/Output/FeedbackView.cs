using System.Globalization;
using System.Text;
using Clio.Essays;
using Clio.Knowledge;
using Spectre.Console;

namespace Clio.Cli.Output;

/// <summary>The human view of essay feedback: the essay with highlights, then marks, coverage, errors and advice.</summary>
internal static class FeedbackView
{
    public static void Render(IAnsiConsole console, Question question, string file, FeedbackReport report)
    {
        console.MarkupLine($"[bold]{Markup.Escape(question.Title)}[/]");
        console.MarkupLine($"[grey]{Markup.Escape(file)} · {report.Words} words · {Markup.Escape(question.Board ?? question.SchemeId)}[/]");
        console.WriteLine();

        var marks = string.Join("   ", report.Objectives.Select(o => $"{o.Objective}: level {o.Level}, {o.Mark}/{o.MaxMark}"));
        console.Write(new Panel(new Markup($"[bold]Level {report.Level} · {report.Mark}/{report.MaxMark}[/]\n{Markup.Escape(marks)}")).Header("Mark").Border(BoxBorder.Rounded));

        console.WriteLine();
        console.MarkupLine("[bold]Your essay[/] [grey](red: a fact the knowledge base contradicts · green: a checked fact · blue: evidence for a point of the mark scheme)[/]");
        console.WriteLine();
        WriteEssay(console, report);

        foreach (var objective in report.Objectives)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(objective.Objective)} {Markup.Escape(objective.Title)}: level {objective.Level} ({objective.Mark}/{objective.MaxMark})[/]");
            console.MarkupLine($"[italic]{Markup.Escape(objective.Descriptor.Trim())}[/]");
            foreach (var reason in objective.Reasons)
            {
                console.MarkupLine($"  • {Markup.Escape(reason)}");
            }
        }

        console.WriteLine();
        var coverage = new Table().Border(TableBorder.Simple).Expand().Title("[bold]Mark scheme points[/]");
        coverage.AddColumn(new TableColumn(string.Empty).NoWrap());
        coverage.AddColumn("Point");
        coverage.AddColumn("Where");
        foreach (var point in report.Coverage)
        {
            var state = point.Covered ? (point.Explained ? "[green]✓ explained[/]" : "[yellow]✓ stated[/]") : "[red]✗ missing[/]";
            var where = point.Evidence.Count == 0 ? string.Empty : "“" + Shorten(point.Evidence[0].Text, 90) + "”";
            coverage.AddRow(new Markup(state), new Markup(Markup.Escape(point.Statement.Trim())), new Markup(Markup.Escape(where)));
        }

        console.Write(coverage);

        var wrong = report.Claims.Where(c => c.Verdict == Verdict.Contradicted).ToList();
        if (wrong.Count > 0)
        {
            console.WriteLine();
            var errors = new Table().Border(TableBorder.Simple).Expand().Title("[bold red]Fact errors[/] [grey](they do not lower the mark)[/]");
            errors.AddColumn("You wrote");
            errors.AddColumn("Correction");
            errors.AddColumn("Sources");
            foreach (var claim in wrong)
            {
                errors.AddRow(Markup.Escape(Shorten(claim.Sentence.Text, 140)), Markup.Escape(claim.Correction ?? string.Empty), Markup.Escape(string.Join(", ", claim.Sources)));
            }

            console.Write(errors);
        }

        var s = report.Structure;
        console.WriteLine();
        console.MarkupLine("[bold]Argument and structure[/]");
        console.MarkupLine($"  {Tick(s.Thesis)} introduction with a thesis that answers the question");
        console.MarkupLine($"  {Tick(s.TopicSentences >= Math.Max(1, s.BodyParagraphs - 1))} topic sentences: {s.TopicSentences} of {s.BodyParagraphs} body paragraphs");
        console.MarkupLine($"  {Tick(s.AnalyticalSentences >= s.NarrativeSentences / 2)} analysis: {s.AnalyticalSentences} explaining sentences, {s.NarrativeSentences} narrating");
        console.MarkupLine($"  {Tick(s.Balanced)} balance and counter-argument ({s.CounterArguments} weighing sentences)");
        console.MarkupLine($"  {Tick(s.SupportedJudgement)} conclusion with a supported judgement");
        console.MarkupLine($"  {Tick(s.Historians.Any(h => h.Consistent))} historians: {(s.Historians.Count == 0 ? "none named" : string.Join(", ", s.Historians.Select(h => h.Name + (h.Consistent ? string.Empty : " (attribution not confirmed)")).Distinct()))}");
        if (s.Repeated > 0 || s.OffTopic > 0)
        {
            console.MarkupLine($"  [grey]{s.Repeated} repeated and {s.OffTopic} off-topic sentence(s) earned nothing[/]");
        }

        console.WriteLine();
        console.MarkupLine("[bold]To reach the next level[/]");
        foreach (var advice in report.Advice)
        {
            console.MarkupLine($"  → {Markup.Escape(advice)}");
        }
    }

    public static void Summary(IAnsiConsole console, Question question, IReadOnlyList<string> files, IReadOnlyList<FeedbackReport> reports)
    {
        var table = new Table().Border(TableBorder.Simple).Expand().Title($"[bold]{Markup.Escape(question.Title)}[/]");
        table.AddColumn("File");
        table.AddColumn(new TableColumn("Words").RightAligned());
        table.AddColumn(new TableColumn("Level").RightAligned());
        table.AddColumn(new TableColumn("Mark").RightAligned());
        foreach (var objective in reports[0].Objectives)
        {
            table.AddColumn(new TableColumn(Markup.Escape(objective.Objective)).RightAligned());
        }

        table.AddColumn(new TableColumn("Points").RightAligned());
        table.AddColumn(new TableColumn("Errors").RightAligned());
        for (var i = 0; i < reports.Count; i++)
        {
            var r = reports[i];
            var cells = new List<string>
            {
                Markup.Escape(files[i]),
                r.Words.ToString(CultureInfo.InvariantCulture),
                r.Level.ToString(CultureInfo.InvariantCulture),
                $"{r.Mark}/{r.MaxMark}",
            };
            cells.AddRange(r.Objectives.Select(o => $"{o.Mark}/{o.MaxMark}"));
            cells.Add($"{r.Coverage.Count(c => c.Covered)}/{r.Coverage.Count}");
            cells.Add(r.Claims.Count(c => c.Verdict == Verdict.Contradicted).ToString(CultureInfo.InvariantCulture));
            table.AddRow([.. cells]);
        }

        console.Write(table);
        console.MarkupLine($"[grey]{reports.Count} essays; mean mark {reports.Average(r => r.Mark).ToString("F1", CultureInfo.InvariantCulture)}. Run with one file for the full report.[/]");
    }

    private static void WriteEssay(IAnsiConsole console, FeedbackReport report)
    {
        var wrong = report.Claims.Where(c => c.Verdict == Verdict.Contradicted).Select(c => c.Sentence.Index).ToHashSet();
        var right = report.Claims.Where(c => c.Verdict == Verdict.Supported).Select(c => c.Sentence.Index).ToHashSet();
        var evidence = report.Coverage.SelectMany(c => c.Evidence).Select(e => e.Index).ToHashSet();
        foreach (var paragraph in report.Document.Paragraphs)
        {
            var line = new StringBuilder();
            foreach (var sentence in paragraph.Sentences)
            {
                var text = Markup.Escape(sentence.Text);
                line.Append(wrong.Contains(sentence.Index) ? $"[red]{text}[/]"
                    : right.Contains(sentence.Index) ? $"[green]{text}[/]"
                    : evidence.Contains(sentence.Index) ? $"[blue]{text}[/]"
                    : text);
                line.Append(' ');
            }

            console.MarkupLine(line.ToString().TrimEnd());
            console.WriteLine();
        }
    }

    private static string Tick(bool ok) => ok ? "[green]✓[/]" : "[red]✗[/]";

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
