using System.CommandLine;
using Clio.Cli.Output;
using Clio.Essays;
using Clio.Knowledge;
using Spectre.Console;

namespace Clio.Cli.Commands;

/// <summary><c>clio feedback --question ID FILE...</c>: marks essays against a question's mark scheme.</summary>
internal static class FeedbackCommand
{
    public static Command Create(CliContext context)
    {
        var question = new Option<string>("--question") { Description = "The question the essays answer (see 'clio questions').", Required = true, HelpName = "ID" };
        var files = new Argument<string[]>("files") { Description = "The essays: text files, or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var json = CliContext.JsonOption();
        var command = new Command("feedback", "Mark essays: coverage, fact errors, level and mark, and what would reach the next level.") { question, files, json };
        command.SetAction(parse =>
        {
            var kb = context.Knowledge(parse);
            var id = parse.GetValue(question)!.Trim();
            var q = kb.Find<Question>(id) ?? throw CliFailure.BadInput(
                $"unknown question '{id}'; the questions are: {string.Join(", ", kb.Questions.Select(x => x.Id))}");
            var paths = parse.GetValue(files) ?? [];
            if (paths.Count(p => p == "-") > 1)
            {
                throw CliFailure.BadInput("standard input (-) can be given only once");
            }

            // Read every file first, so that a bad one stops the run before any work is done.
            var texts = paths.Select(p => EssayInput.Read(p, context.Env.OpenInput)).ToArray();
            var analyzer = context.Analyzer(parse);
            var reports = Mark(context, analyzer, q, texts, paths);

            if (parse.GetValue(json))
            {
                if (reports.Length == 1)
                {
                    Json.Write(context.Out, FeedbackJson.From(paths[0], reports[0]));
                }
                else
                {
                    Json.Write(context.Out, reports.Select((r, i) => FeedbackJson.From(paths[i], r)).ToList());
                }

                return ExitCodes.Ok;
            }

            if (reports.Length == 1)
            {
                FeedbackView.Render(context.Console, q, paths[0], reports[0]);
            }
            else
            {
                FeedbackView.Summary(context.Console, q, paths, reports);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static FeedbackReport[] Mark(CliContext context, EssayAnalyzer analyzer, Question q, string[] texts, string[] paths)
    {
        var reports = new FeedbackReport[texts.Length];
        if (texts.Length == 1)
        {
            reports[0] = analyzer.Analyze(texts[0], q);
            return reports;
        }

        void MarkAll(Action? tick)
        {
            // Each essay is independent and the analyser is thread-safe; results keep the order given.
            Parallel.For(0, texts.Length, i =>
            {
                reports[i] = analyzer.Analyze(texts[i], q);
                tick?.Invoke();
            });
        }

        if (context.Env.Interactive)
        {
            context.Console.Progress().Start(progress =>
            {
                var task = progress.AddTask($"Marking {paths.Length} essays", maxValue: paths.Length);
                MarkAll(() => task.Increment(1));
            });
        }
        else
        {
            MarkAll(null);
        }

        return reports;
    }
}
