using System.CommandLine;
using System.Globalization;
using Clio.Scheduling;

namespace Clio.Cli.Commands;

/// <summary><c>clio fsrs replay</c>: replays review histories through the FSRS-6 scheduler, one JSON line per review.</summary>
internal static class FsrsCommand
{
    public static Command Create(CliContext context)
    {
        var retention = new Option<double>("--retention")
        {
            Description = "The chance of recall at which a card falls due, above 0 and at most 1.",
            HelpName = "R",
            DefaultValueFactory = _ => SchedulerOptions.Default.DesiredRetention,
        };
        var noFuzz = new Option<bool>("--no-fuzz") { Description = "Schedule exact intervals, without the random spread." };
        var seed = new Option<int>("--seed") { Description = "The seed of the fuzz (0 by default); the same seed gives the same output.", HelpName = "N" };
        var replay = new Command(
            "replay",
            "Read JSON lines { \"card\", \"rating\": 1-4, \"at\": ISO-8601 UTC } from standard input, in time order, and write each card's state after each review as a JSON line.")
        {
            retention, noFuzz, seed,
        };
        replay.SetAction(parse =>
        {
            var options = (SchedulerOptions.Default with
            {
                DesiredRetention = parse.GetValue(retention),
                EnableFuzz = !parse.GetValue(noFuzz),
            }).Validate();
            if (!options.Success)
            {
                throw CliFailure.BadInput(string.Create(CultureInfo.InvariantCulture, $"--retention: {options.Error}"));
            }

            using var input = context.Env.OpenInput();
            using var output = context.Env.OpenOutput?.Invoke();
            new FsrsReplay(new Scheduler(options.Value, parse.GetValue(seed)), context.Out, output).Run(input);
            return ExitCodes.Ok;
        });

        return new Command("fsrs", "Spaced repetition with FSRS-6.") { replay };
    }
}
