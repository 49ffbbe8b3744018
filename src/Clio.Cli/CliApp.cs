using System.CommandLine;
using Clio.Cli.Commands;

namespace Clio.Cli;

/// <summary>
/// The whole <c>clio</c> command: it parses the arguments, runs one command and returns its exit code. Every
/// error reaches the user as one line on standard error; nothing prints a stack trace.
/// </summary>
public static class CliApp
{
    /// <summary>Runs the CLI with the given arguments against the given output.</summary>
    public static int Run(string[] args, CliEnvironment env)
    {
        try
        {
            var context = new CliContext(env);
            var root = BuildRoot(context);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0 && !IsHelpRequest(args))
            {
                foreach (var error in parse.Errors.Take(1))
                {
                    env.Error.WriteLine($"clio: {Sentence(error.Message)} (see 'clio --help')");
                }

                return ExitCodes.BadInput;
            }

            return parse.Invoke(new InvocationConfiguration
            {
                Output = env.Out,
                Error = env.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliFailure failure)
        {
            env.Error.WriteLine($"clio: {failure.Message}");
            return failure.ExitCode;
        }
        catch (Exception ex)
        {
            // A bug, not bad input: still one line, with enough to report it.
            env.Error.WriteLine($"clio: internal error ({ex.GetType().Name}: {ex.Message}); please report it");
            return ExitCodes.InternalError;
        }
    }

    private static bool IsHelpRequest(string[] args) => args.Any(a => a is "--help" or "-h" or "-?");

    private static string Sentence(string message)
    {
        // Some parser messages span lines (a list of allowed values); an error is always one line.
        var text = string.Join(' ', message.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        text = text.Trim().TrimEnd('.');
        return text.Length == 0 ? "bad arguments" : char.ToLowerInvariant(text[0]) + text[1..];
    }

    private static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("Clio: history revision on one knowledge base. The default pack is Soviet foreign policy 1917–41.");
        root.Add(CliContext.PackOption);
        root.Add(CliContext.DataOption);
        root.Add(TimelineCommand.Create(context));
        root.Add(ShowCommand.Create(context));
        root.Add(SearchCommand.Create(context));
        root.Add(PackCommand.Create(context));
        root.Add(QuestionsCommand.Create(context));
        root.Add(FactcheckCommand.Create(context));
        root.Add(FeedbackCommand.Create(context));
        root.Add(FsrsCommand.Create(context));
        root.Add(ReviewCommand.Create(context));
        root.Add(QuizCommand.Create(context));
        root.Add(PlanCommand.Create(context));
        root.Add(StatsCommand.Create(context));
        root.Add(CardsCommand.Create(context));
        root.Add(LessonCommand.CreateLesson(context));
        root.Add(LessonCommand.CreateScenario(context));
        root.SetAction(parse => OverviewCommand.Run(context, parse));
        return root;
    }
}
