using System.CommandLine;
using Clio.Cli.Output;
using Clio.Essays;
using Spectre.Console;

namespace Clio.Cli.Commands;

/// <summary><c>clio factcheck FILE|-</c>: every checkable claim of a text, with its verdict and correction.</summary>
internal static class FactcheckCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The text to check, or - for standard input." };
        var json = CliContext.JsonOption();
        var command = new Command("factcheck", "Check the facts of any text (an essay, notes) against the knowledge base.") { file, json };
        command.SetAction(parse =>
        {
            var text = EssayInput.Read(parse.GetValue(file)!, context.Env.OpenInput);
            var checker = context.Analyzer(parse).Checker;
            var claims = checker.Check(EssayDocument.Parse(text));
            if (parse.GetValue(json))
            {
                Json.Write(context.Out, new FactcheckJson([.. claims.Select(ClaimJson.From)]));
                return ExitCodes.Ok;
            }

            Render(context.Console, claims);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static void Render(IAnsiConsole console, IReadOnlyList<Claim> claims)
    {
        if (claims.Count == 0)
        {
            console.WriteLine("No checkable claims found: name events, people and dates for Clio to check.");
            return;
        }

        foreach (var claim in claims)
        {
            var (mark, colour) = claim.Verdict switch
            {
                Verdict.Supported => ("✓", "green"),
                Verdict.Contradicted => ("✗", "red"),
                _ => ("?", "grey"),
            };
            console.MarkupLine($"[{colour}]{mark} {claim.Verdict.ToString().ToLowerInvariant()}[/] [grey]({ClaimJson.KindName(claim.Kind)})[/] {Markup.Escape(claim.Statement)}");
            console.MarkupLine($"   [italic]{Markup.Escape(claim.Sentence.Text)}[/]");
            if (claim.Correction is not null)
            {
                console.MarkupLine($"   [bold]Correction:[/] {Markup.Escape(claim.Correction)} [grey]({Markup.Escape(string.Join(", ", claim.Sources))})[/]");
            }
        }

        var wrong = claims.Count(c => c.Verdict == Verdict.Contradicted);
        console.MarkupLine($"[grey]{claims.Count} claim(s): {claims.Count(c => c.Verdict == Verdict.Supported)} supported, {wrong} contradicted, {claims.Count(c => c.Verdict == Verdict.Unverifiable)} unverifiable.[/]");
    }
}
