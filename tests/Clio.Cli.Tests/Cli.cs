using Clio.Cli;

namespace Clio.Tests;

/// <summary>Runs the whole CLI in-process against string writers, as a user's shell would.</summary>
internal static class Cli
{
    public sealed record Result(int Code, string Out, string Err)
    {
        public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Result Run(params string[] args) => RunWithInput([], args);

    /// <summary>Runs the CLI with the given bytes on standard input.</summary>
    public static Result RunWithInput(byte[] input, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var env = new CliEnvironment(stdout, stderr, Color: false, Width: 160) { OpenInput = () => new MemoryStream(input) };
        var code = CliApp.Run(args, env);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The repository's root, found by walking up to Clio.slnx.</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Clio.slnx")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Clio.slnx not found above the test folder.");
        }
    }

    public static string DefaultPackDir => Path.Combine(RepoRoot, "packs", "soviet-foreign-policy-1917-41");
}
