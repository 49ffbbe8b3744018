using System.Text;
using Spectre.Console;

namespace Clio.Cli.Study;

/// <summary>
/// Asks the student for answers: single key presses on a terminal, lines of standard input everywhere else (pipes,
/// scripts, tests). The end of input ends a session cleanly; what was answered before it is kept.
/// </summary>
internal sealed class Prompter(CliEnvironment env, IAnsiConsole console)
{
    private TextReader? _reader;

    /// <summary>Whether answers come as key presses.</summary>
    public bool UsesKeys => env.ReadKey is not null;

    /// <summary>Shows a prompt and reads one line; null when the input has ended.</summary>
    public string? ReadLine(string prompt)
    {
        console.Markup(prompt + " ");
        _reader ??= new StreamReader(env.OpenInput(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var line = _reader.ReadLine();
        if (!UsesKeys)
        {
            // Piped input is not echoed by a terminal: show it, so the transcript reads as a session.
            console.WriteLine(line ?? string.Empty);
        }

        return line;
    }

    /// <summary>
    /// Reads one of <paramref name="allowed"/> (lower case): a key press on a terminal, else the first letter of a
    /// line. Null when the input has ended or the student quits with q or Escape.
    /// </summary>
    public char? ReadChoice(string prompt, string allowed)
    {
        while (true)
        {
            char choice;
            if (env.ReadKey is { } readKey)
            {
                console.Markup(prompt + " ");
                var key = readKey();
                if (key.Key == ConsoleKey.Escape)
                {
                    console.WriteLine();
                    return null;
                }

                choice = key.Key == ConsoleKey.Enter ? '\n' : char.ToLowerInvariant(key.KeyChar);
                console.WriteLine(choice == '\n' ? string.Empty : choice.ToString());
            }
            else
            {
                var line = ReadLine(prompt);
                if (line is null)
                {
                    return null;
                }

                var trimmed = line.Trim();
                choice = trimmed.Length == 0 ? '\n' : char.ToLowerInvariant(trimmed[0]);
            }

            if (choice == 'q')
            {
                return null;
            }

            if (allowed.Contains(choice, StringComparison.Ordinal))
            {
                return choice;
            }

            var keys = allowed.Where(c => c != '\n').Select(c => c.ToString()).ToList();
            if (allowed.Contains('\n', StringComparison.Ordinal))
            {
                keys.Insert(0, "Enter");
            }

            console.MarkupLine($"[grey]Press {Markup.Escape(string.Join(", ", keys))}, or q to stop.[/]");
        }
    }
}
