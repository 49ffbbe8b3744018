using System.CommandLine;
using Clio.Essays;
using Clio.Knowledge;
using Clio.Packs;
using Clio.Revision;
using Clio.Scheduling;
using Clio.Search;
using Clio.Storage;
using Spectre.Console;

namespace Clio.Cli;

/// <summary>An expected failure of a command: shown as one line on standard error, with its exit code.</summary>
/// <param name="exitCode">The exit code.</param>
/// <param name="message">The line to show, without the 'clio: ' prefix.</param>
internal sealed class CliFailure(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public static CliFailure BadInput(string message) => new(ExitCodes.BadInput, message);
}

/// <summary>What every command shares: the output, and the knowledge base loaded once on first use.</summary>
internal sealed class CliContext(CliEnvironment env)
{
    private KnowledgeBase? _knowledge;
    private SearchIndex? _index;
    private EssayAnalyzer? _analyzer;
    private IAnsiConsole? _console;
    private IReadOnlyList<Card>? _deck;

    public static Option<string?> PackOption { get; } = new("--pack")
    {
        Description = "Use the pack in this folder instead of the built-in one.",
        Recursive = true,
        HelpName = "DIR",
    };

    public static Option<string?> DataOption { get; } = new("--data")
    {
        Description = "Keep this student's reviews, settings and exam date in this folder (default: the user's data folder).",
        Recursive = true,
        HelpName = "DIR",
    };

    public static Option<bool> JsonOption() => new("--json") { Description = "Write JSON (the contract in docs/cli.md)." };

    public CliEnvironment Env { get; } = env;

    public TextWriter Out => Env.Out;

    public IAnsiConsole Console => _console ??= Env.CreateConsole();

    /// <summary>The knowledge base of <c>--pack</c>, or the built-in one.</summary>
    public KnowledgeBase Knowledge(ParseResult parse)
    {
        if (_knowledge is not null)
        {
            return _knowledge;
        }

        var dir = parse.GetValue(PackOption);
        if (dir is null)
        {
            return _knowledge = PackLoader.Default;
        }

        if (!Directory.Exists(dir))
        {
            throw CliFailure.BadInput($"no pack folder at '{dir}'");
        }

        var result = PackLoader.LoadDirectory(dir);
        if (result.Knowledge is null)
        {
            var errors = result.Errors.ToList();
            throw CliFailure.BadInput($"the pack at '{dir}' has {errors.Count} error(s), the first: {errors[0]}; run 'clio pack validate {dir}' to see them all");
        }

        return _knowledge = result.Knowledge;
    }

    public SearchIndex Index(ParseResult parse) => _index ??= SearchIndex.Build(Knowledge(parse));

    public EssayAnalyzer Analyzer(ParseResult parse) => _analyzer ??= new EssayAnalyzer(Knowledge(parse));

    /// <summary>Every card of the pack, authored and generated, in the deck's order.</summary>
    public IReadOnlyList<Card> Deck(ParseResult parse) => _deck ??= CardDeck.Build(Knowledge(parse));

    /// <summary>
    /// Opens the student's store in <c>--data</c> or the default data folder. A file that is not Clio's, or is
    /// damaged, is a one-line failure; the file is left as it was.
    /// </summary>
    public static RevisionStore OpenStore(ParseResult parse, TimeProvider clock)
    {
        var folder = parse.GetValue(DataOption) ?? DataFolder.Default();
        try
        {
            return RevisionStore.Open(folder, clock);
        }
        catch (StoreFailure failure)
        {
            throw CliFailure.BadInput(failure.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliFailure.BadInput($"the data folder '{folder}' cannot be used: {ex.Message}");
        }
    }

    /// <summary>The FSRS weights this student's scheduler uses: fitted ones when saved, else the defaults.</summary>
    public static FsrsParameters Parameters(RevisionStore store) => store.GetFittedParameters() ?? FsrsParameters.Default;

    /// <summary>Fails with the nearest ids when an id is unknown.</summary>
    public static CliFailure UnknownId(string id, IReadOnlyList<string> nearest, string what = "id")
    {
        var hint = nearest.Count > 0
            ? $"; did you mean {string.Join(", ", nearest.Select(n => $"'{n}'"))}?"
            : "; try 'clio search' to find it";
        return CliFailure.BadInput($"unknown {what} '{id}'{hint}");
    }
}
