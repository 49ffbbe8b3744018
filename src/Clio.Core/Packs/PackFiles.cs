using System.Text;

namespace Clio.Packs;

/// <summary>One file of a pack: its path relative to the pack (forward slashes), and its text or why it has none.</summary>
/// <param name="Path">The path within the pack.</param>
/// <param name="Text">The text, or null when it could not be read.</param>
/// <param name="Error">Why the file could not be read, or null.</param>
public sealed record PackFile(string Path, string? Text, string? Error = null);

/// <summary>Where a pack's files come from: a folder, the binary, or memory in tests.</summary>
public interface IPackFileSource
{
    /// <summary>A name for the pack's origin, for messages.</summary>
    string Name { get; }

    /// <summary>The pack's files, in a stable order.</summary>
    IReadOnlyList<PackFile> ReadFiles();
}

/// <summary>A pack held in memory.</summary>
/// <param name="name">A name for messages.</param>
/// <param name="files">The files by path.</param>
public sealed class InMemoryPackSource(string name, IReadOnlyDictionary<string, string> files) : IPackFileSource
{
    /// <inheritdoc />
    public string Name { get; } = name;

    /// <inheritdoc />
    public IReadOnlyList<PackFile> ReadFiles() =>
        [.. files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new PackFile(f.Key, f.Value))];
}

/// <summary>A pack in a folder on disk.</summary>
/// <param name="directory">The pack's folder.</param>
public sealed class DirectoryPackSource(string directory) : IPackFileSource
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The largest file the loader reads; a pack file larger than this is surely a mistake.</summary>
    public const long MaxFileBytes = 8 * 1024 * 1024;

    /// <inheritdoc />
    public string Name => directory;

    /// <inheritdoc />
    public IReadOnlyList<PackFile> ReadFiles()
    {
        var root = Path.GetFullPath(directory);
        var files = new List<PackFile>();
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (!PackLoader.IsPackFile(relative))
            {
                continue;
            }

            files.Add(Read(path, relative));
        }

        return files;
    }

    private static PackFile Read(string path, string relative)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes)
            {
                return new PackFile(relative, null, $"the file is {info.Length / (1024 * 1024)} MiB; pack files must be under 8 MiB");
            }

            var bytes = File.ReadAllBytes(path);
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                return new PackFile(relative, null, "the file is binary, not text");
            }

            return new PackFile(relative, StrictUtf8.GetString(bytes).TrimStart('\uFEFF'));
        }
        catch (DecoderFallbackException)
        {
            return new PackFile(relative, null, "the file is not UTF-8 text");
        }
        catch (IOException ex)
        {
            return new PackFile(relative, null, $"the file cannot be read: {ex.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            return new PackFile(relative, null, "the file cannot be read: permission denied");
        }
    }
}

/// <summary>The default pack, compiled into the binary.</summary>
public sealed class EmbeddedPackSource : IPackFileSource
{
    private const string Prefix = "pack/";

    /// <summary>The one instance.</summary>
    public static EmbeddedPackSource Default { get; } = new();

    private EmbeddedPackSource()
    {
    }

    /// <inheritdoc />
    public string Name => "(built-in) soviet-foreign-policy-1917-41";

    /// <inheritdoc />
    public IReadOnlyList<PackFile> ReadFiles()
    {
        var assembly = typeof(EmbeddedPackSource).Assembly;
        var files = new List<PackFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            files.Add(new PackFile(name[Prefix.Length..], reader.ReadToEnd()));
        }

        return files;
    }
}
