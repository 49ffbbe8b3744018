namespace Clio.Cli;

/// <summary>The exit codes of the <c>clio</c> command, as the contract in docs/cli.md states them.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>The input was checked and found wanting, such as a pack with errors under <c>pack validate</c>.</summary>
    public const int Invalid = 1;

    /// <summary>A usage error or bad input: an unknown id, a bad flag, an unreadable file.</summary>
    public const int BadInput = 2;

    /// <summary>A bug in Clio: the message asks the user to report it.</summary>
    public const int InternalError = 70;
}
