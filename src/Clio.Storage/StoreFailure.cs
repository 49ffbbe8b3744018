using System.Diagnostics.CodeAnalysis;

namespace Clio.Storage;

/// <summary>What kind of thing went wrong with the data file.</summary>
public enum StoreFailureKind
{
    /// <summary>The file exists but is not a Clio database: not SQLite at all, or another program's SQLite file.</summary>
    NotClioDatabase,

    /// <summary>The file is a Clio database whose schema is newer than this version of Clio reads.</summary>
    NewerSchema,

    /// <summary>The file is a Clio database but SQLite found it damaged.</summary>
    Damaged,

    /// <summary>The file or its folder could not be opened, read or written: permissions, a full disk, a lock held
    /// too long by another program.</summary>
    Unavailable,
}

/// <summary>
/// An expected failure of the revision store: a data file that is not Clio's, is damaged, is newer than this Clio, or
/// cannot be reached. <see cref="Exception.Message"/> is one line, fit to show a user as it is (for example
/// <c>the data file /home/ann/.local/share/clio/clio.db is not a Clio database</c>); front ends print it and never a
/// stack trace. Programming errors (a null argument, an out-of-range rating) are ordinary argument exceptions instead.
/// </summary>
[SuppressMessage(
    "Naming",
    "CA1710:Identifiers should have correct suffix",
    Justification = "Named like the CLI's CliFailure: an expected failure, shown as one line, not an exceptional bug.")]
public sealed class StoreFailure : Exception
{
    /// <summary>Creates a failure of the given kind with a one-line message.</summary>
    public StoreFailure(StoreFailureKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    /// <summary>Creates an <see cref="StoreFailureKind.Unavailable"/> failure.</summary>
    public StoreFailure()
        : this(StoreFailureKind.Unavailable, "the data file is unavailable")
    {
    }

    /// <summary>Creates an <see cref="StoreFailureKind.Unavailable"/> failure with a one-line message.</summary>
    public StoreFailure(string message)
        : this(StoreFailureKind.Unavailable, message)
    {
    }

    /// <summary>Creates an <see cref="StoreFailureKind.Unavailable"/> failure with a one-line message and its cause.</summary>
    public StoreFailure(string message, Exception innerException)
        : this(StoreFailureKind.Unavailable, message, innerException)
    {
    }

    /// <summary>What went wrong.</summary>
    public StoreFailureKind Kind { get; }
}
