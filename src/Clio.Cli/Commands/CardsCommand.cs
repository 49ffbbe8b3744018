using System.CommandLine;
using System.Text;
using Clio.Essays;
using Clio.Knowledge;
using Clio.Revision;
using Clio.Storage.Anki;
using Spectre.Console;

namespace Clio.Cli.Commands;

/// <summary>
/// <c>clio cards</c>: the deck as Anki packages or Anki's text format, and Anki text turned into pack cards.
/// </summary>
internal static class CardsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("cards", "Export the flashcards to Anki, or import Anki's text format into a pack.");
        command.Add(Export(context));
        command.Add(Import(context));
        return command;
    }

    private static Command Export(CliContext context)
    {
        var format = new Option<string>("--format") { Description = "apkg (an Anki package) or tsv (Anki's text import format).", Required = true, HelpName = "apkg|tsv" };
        format.AcceptOnlyFromAmong("apkg", "tsv");
        var output = new Option<string>("--out") { Description = "The file to write.", Required = true, HelpName = "FILE" };
        var section = Study.RevisionOptions.Section();
        var command = new Command("export", "Write every card (or one section's) for Anki.") { format, output, section };
        command.SetAction(parse =>
        {
            var kb = context.Knowledge(parse);
            var cards = Study.RevisionOptions.Filter(kb, context.Deck(parse), parse.GetValue(section), null);
            var notes = cards.Select(c => ToNote(kb, c)).ToList();
            var path = parse.GetValue(output)!;
            try
            {
                if (parse.GetValue(format) == "apkg")
                {
                    AnkiPackage.WriteFile(path, notes, context.Env.Clock.GetUtcNow());
                }
                else
                {
                    File.WriteAllText(path, AnkiText.Write(notes), new UTF8Encoding(false));
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw CliFailure.BadInput($"cannot write '{path}': {ex.Message}");
            }

            context.Console.MarkupLine($"Wrote {notes.Count} cards to [bold]{Markup.Escape(path)}[/].");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A card as an Anki note: the back ends with the entries behind it, so a card keeps its sources.</summary>
    internal static AnkiNote ToNote(KnowledgeBase kb, Card card)
    {
        var sources = card.Entries.Select(id => kb.Find(id)?.Title ?? id);
        var back = $"{card.Back}\n\n(Clio: {string.Join("; ", sources)})";
        var deck = $"Clio::{kb.Pack.Title}";
        if (card.Section is { } s && kb.Find(s) is { } note)
        {
            deck += "::" + note.Title.Replace("::", ":", StringComparison.Ordinal);
        }

        var tags = new List<string> { "clio", "clio::" + card.Kind.ToString().ToLowerInvariant() };
        tags.AddRange(card.Themes.Select(t => "theme::" + t));
        return new AnkiNote("clio:" + card.Id, card.Front, back, tags, deck);
    }

    private static Command Import(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A file in Anki's text format (as Anki's 'Notes in Plain Text' export writes)." };
        var output = new Option<string?>("--out") { Description = "Write the cards here (default: standard output).", HelpName = "FILE" };
        var command = new Command("import", "Turn Anki text notes into pack cards (YAML), linked to the entries they mention.") { file, output };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            string text;
            try
            {
                var bytes = File.ReadAllBytes(path);
                text = Array.IndexOf(bytes, (byte)0) >= 0 ? throw CliFailure.BadInput($"'{path}' is binary, not a text file")
                    : new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                throw CliFailure.BadInput($"'{path}' is not UTF-8 text; save it as UTF-8 (Anki's text export is)");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw CliFailure.BadInput($"cannot read '{path}': {(ex is FileNotFoundException ? "no such file" : ex.Message)}");
            }

            var parsed = AnkiText.Parse(text);
            if (!parsed.Success)
            {
                throw CliFailure.BadInput($"{path}: {parsed.Errors[0]}{(parsed.Errors.Count > 1 ? $" (and {parsed.Errors.Count - 1} more)" : string.Empty)}");
            }

            var kb = context.Knowledge(parse);
            var checker = new FactChecker(kb);
            var yaml = new StringBuilder("cards:\n");
            var unlinked = 0;
            var written = 0;
            foreach (var note in parsed.Notes)
            {
                var entries = checker.Recognize(EssayDocument.Parse(note.Front + "\n\n" + note.Back))
                    .SelectMany(s => s.Mentions)
                    .Select(m => m.Entry.Id)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                if (entries.Count == 0)
                {
                    // A pack card must link to the knowledge base; say which notes need entries by hand.
                    unlinked++;
                    context.Env.Error.WriteLine($"clio: note '{Truncate(note.Front)}' mentions no entry of the pack; skipped");
                    continue;
                }

                written++;
                yaml.Append("  - id: card-imported-").Append(written).Append('\n')
                    .Append("    kind: fact\n")
                    .Append("    front: ").Append(Quote(note.Front)).Append('\n')
                    .Append("    back: ").Append(Quote(note.Back)).Append('\n')
                    .Append("    entries: [").Append(string.Join(", ", entries)).Append("]\n");
            }

            var result = yaml.ToString();
            var target = parse.GetValue(output);
            if (target is null)
            {
                context.Out.Write(result);
            }
            else
            {
                File.WriteAllText(target, result, new UTF8Encoding(false));
                context.Env.Error.WriteLine($"clio: wrote {written} cards to {target}; {unlinked} skipped");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Truncate(string text) => text.Length <= 60 ? text : text[..57] + "...";

    /// <summary>A YAML double-quoted scalar: safe for any text.</summary>
    private static string Quote(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => string.Empty,
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }
}
