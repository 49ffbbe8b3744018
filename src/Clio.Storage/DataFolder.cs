namespace Clio.Storage;

/// <summary>Where Clio keeps a user's data when no folder is given.</summary>
public static class DataFolder
{
    /// <summary>The name of the folder Clio creates inside the platform's data folder.</summary>
    public const string AppFolderName = "clio";

    /// <summary>
    /// The user's Clio data folder: <c>$XDG_DATA_HOME/clio</c> when that variable holds an absolute path, otherwise
    /// <c>clio</c> inside <see cref="Environment.SpecialFolder.LocalApplicationData"/> (<c>~/.local/share/clio</c>
    /// on Linux, <c>%LOCALAPPDATA%\clio</c> on Windows, <c>~/Library/Application Support/clio</c> on macOS). The
    /// folder is not created here; <see cref="RevisionStore.Open(string, TimeProvider)"/> creates it.
    /// </summary>
    /// <exception cref="StoreFailure">Neither is set (no home folder), so there is no default.</exception>
    public static string Default() =>
        Resolve(
            Environment.GetEnvironmentVariable("XDG_DATA_HOME"),
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData));

    /// <summary>The rule of <see cref="Default"/> on given values, so that it can be tested.</summary>
    internal static string Resolve(string? xdgDataHome, string? localApplicationData)
    {
        // The XDG spec says a relative value is invalid and must be ignored.
        if (!string.IsNullOrEmpty(xdgDataHome) && Path.IsPathFullyQualified(xdgDataHome))
        {
            return Path.Combine(xdgDataHome, AppFolderName);
        }

        if (!string.IsNullOrEmpty(localApplicationData))
        {
            return Path.Combine(localApplicationData, AppFolderName);
        }

        throw new StoreFailure(
            StoreFailureKind.Unavailable,
            "there is no user data folder (neither XDG_DATA_HOME nor a home folder is set); give a data folder explicitly");
    }
}
