using System.Text;

namespace Clio.Cli;

/// <summary>Reads an essay from a file or standard input, refusing what is not a plain-text essay, in one line.</summary>
internal static class EssayInput
{
    /// <summary>The most characters an essay may have; a longer file is surely not one essay.</summary>
    public const int MaxCharacters = 200_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(string path, Func<Stream> stdin)
    {
        byte[] bytes;
        var name = path == "-" ? "standard input" : $"'{path}'";
        try
        {
            if (path == "-")
            {
                using var buffer = new MemoryStream();
                using var input = stdin();
                var chunk = new byte[81920];
                int read;
                while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
                {
                    buffer.Write(chunk, 0, read);
                    if (buffer.Length > MaxCharacters * 4L)
                    {
                        throw CliFailure.BadInput($"{name} is over {MaxCharacters * 4L:N0} bytes; an essay may have at most {MaxCharacters:N0} characters");
                    }
                }

                bytes = buffer.ToArray();
            }
            else
            {
                if (Directory.Exists(path))
                {
                    throw CliFailure.BadInput($"{name} is a folder, not an essay file");
                }

                if (!File.Exists(path))
                {
                    throw CliFailure.BadInput($"cannot read {name}: no such file");
                }

                var info = new FileInfo(path);
                if (info.Length > MaxCharacters * 4L)
                {
                    throw CliFailure.BadInput($"{name} is {info.Length:N0} bytes; an essay may have at most {MaxCharacters:N0} characters");
                }

                bytes = File.ReadAllBytes(path);
            }
        }
        catch (IOException ex)
        {
            throw CliFailure.BadInput($"cannot read {name}: {ex.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            throw CliFailure.BadInput($"cannot read {name}: permission denied");
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw CliFailure.BadInput($"{name} is binary data, not a text essay");
        }

        string decoded;
        try
        {
            decoded = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw CliFailure.BadInput($"{name} is not UTF-8 text; save it as UTF-8 and try again");
        }

        return Check(decoded, name);
    }

    private static string Check(string text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw CliFailure.BadInput($"{name} is empty");
        }

        if (text.Length > MaxCharacters)
        {
            throw CliFailure.BadInput($"{name} has {text.Length:N0} characters; an essay may have at most {MaxCharacters:N0}");
        }

        return text;
    }
}
