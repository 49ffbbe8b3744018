using Spectre.Console;

namespace Clio.Cli;

/// <summary>What a run of the CLI writes to and reads from, so that tests can drive it whole.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Color">Whether to colour the human output.</param>
/// <param name="Width">The width of the human output in columns.</param>
/// <remarks>Standard input is read as bytes through <see cref="OpenInput"/>.</remarks>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool Color, int Width)
{
    /// <summary>Opens standard input as raw bytes, so that binary and non-UTF-8 input can be refused.</summary>
    public Func<Stream> OpenInput { get; init; } = Console.OpenStandardInput;

    /// <summary>
    /// Opens standard output as raw bytes, for commands that stream large outputs (<c>fsrs replay</c>); null when
    /// <see cref="Out"/> is not backed by a stream, as in tests, and such commands then write through <see cref="Out"/>.
    /// </summary>
    public Func<Stream>? OpenOutput { get; init; }

    /// <summary>Whether output goes to a terminal, where progress bars make sense.</summary>
    public bool Interactive { get; init; }

    /// <summary>The clock: what "now" and "today" mean for reviews, quizzes and plans.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// Reads one key press on a terminal for quick ratings, or null where no terminal is attached (then answers are
    /// read as lines from <see cref="OpenInput"/>).
    /// </summary>
    public Func<ConsoleKeyInfo>? ReadKey { get; init; }

    /// <summary>The process's console: colour only on a terminal, and never when NO_COLOR is set.</summary>
    public static CliEnvironment FromConsole()
    {
        var terminal = !Console.IsOutputRedirected;
        var color = terminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var width = 120;
        if (terminal)
        {
            try
            {
                width = Math.Max(60, Console.WindowWidth);
            }
            catch (IOException)
            {
                // No window to measure: keep the default.
            }
        }

        var utf8 = new System.Text.UTF8Encoding(false);
        var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = true };
        var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        // Out flushes after every write, so raw bytes written to OpenOutput never overtake text written to Out.
        var interactive = terminal && !Console.IsErrorRedirected;
        return new CliEnvironment(stdout, stderr, color, width)
        {
            Interactive = interactive,
            OpenOutput = Console.OpenStandardOutput,
            ReadKey = interactive && !Console.IsInputRedirected ? () => Console.ReadKey(intercept: true) : null,
        };
    }

    /// <summary>A Spectre console over <see cref="Out"/>.</summary>
    public IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = Color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = Color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(Out),
            Interactive = Interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        console.Profile.Width = Width;
        return console;
    }
}
