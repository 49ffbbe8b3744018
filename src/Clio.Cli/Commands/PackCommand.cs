using System.CommandLine;
using Clio.Cli.Output;
using Clio.Packs;

namespace Clio.Cli.Commands;

/// <summary><c>clio pack validate DIR</c>: checks a pack and lists every problem with its file, line and column.</summary>
internal static class PackCommand
{
    public static Command Create(CliContext context)
    {
        var dir = new Argument<string>("dir") { Description = "The pack's folder (the one that holds pack.yaml)." };
        var json = CliContext.JsonOption();
        var validate = new Command("validate", "Check a pack: exit 0 when valid, 1 with one line per problem when not.") { dir, json };
        validate.SetAction(parse =>
        {
            var path = parse.GetValue(dir)!;
            if (!Directory.Exists(path))
            {
                throw CliFailure.BadInput(File.Exists(path) ? $"'{path}' is a file; give the pack's folder" : $"no pack folder at '{path}'");
            }

            var result = PackLoader.LoadDirectory(path);
            var diagnostics = result.Diagnostics
                .Select(d => d with { Location = d.Location with { File = Path.Combine(path, d.Location.File).Replace('\\', '/') } })
                .ToList();
            if (parse.GetValue(json))
            {
                Json.Write(context.Out, diagnostics.Select(DiagnosticJson.From).ToList());
            }
            else
            {
                foreach (var diagnostic in diagnostics)
                {
                    context.Out.WriteLine(diagnostic.ToString());
                }

                if (result.Knowledge is { } kb)
                {
                    context.Out.WriteLine($"valid: {kb.Pack.Title}: {kb.Events.Count} events, {kb.Actors.Count} actors, {kb.Historians.Count} historians, {kb.Terms.Count} terms, {kb.Sources.Count} sources, {kb.Notes.Count} notes, {kb.Questions.Count} questions, {kb.Questions.Sum(q => q.Essays.Count)} essays, {kb.Misconceptions.Count} misconceptions");
                }
                else
                {
                    var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                    context.Env.Error.WriteLine($"clio: the pack has {errors} error(s)");
                }
            }

            return result.IsValid ? ExitCodes.Ok : ExitCodes.Invalid;
        });

        var command = new Command("pack", "Work with topic packs.") { validate };
        return command;
    }
}
