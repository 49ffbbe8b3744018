using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Clio.Scheduling;

namespace Clio.Cli.Commands;

/// <summary>
/// The streaming loop of <c>clio fsrs replay</c>: JSON lines of reviews in, one JSON line of card state out per
/// review. Built for millions of lines: input is read in large blocks and parsed in place with
/// <see cref="Utf8JsonReader"/>, output is formatted straight into a byte buffer, and nothing is allocated per
/// line except the id of a card the first time it is seen. The hot methods are marked AggressiveOptimization:
/// a replay lasts a second or two, and tiered compilation would run their short loops unoptimized (with OSR
/// patchpoints) for much of it.
/// </summary>
internal sealed class FsrsReplay
{
    private const int BlockSize = 1 << 16;
    private const int MaxLineBytes = 1 << 20;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly Scheduler _scheduler;
    private readonly TextWriter _output;
    private readonly Stream? _rawOutput;
    private readonly CardIndex _ids = new();
    private readonly long _latestTicks;
    private SchedulingCard[] _cards = new SchedulingCard[1024];
    private readonly byte[] _scratch = new byte[256];
    private byte[] _key = new byte[128];
    private byte[] _out = new byte[BlockSize];
    private char[] _chars = new char[BlockSize];
    private int _outLength;

    /// <summary>A replay that writes to <paramref name="rawOutput"/> if given, else to <paramref name="output"/>.</summary>
    public FsrsReplay(Scheduler scheduler, TextWriter output, Stream? rawOutput = null)
    {
        _scheduler = scheduler;
        _output = output;
        _rawOutput = rawOutput;

        // The due time of a review at the latest allowed time must still be a valid date.
        _latestTicks = DateTime.MaxValue.Ticks - ((scheduler.Options.MaximumIntervalDays + 2L) * TimeSpan.TicksPerDay);
    }

    /// <summary>The number of distinct cards seen so far.</summary>
    public int CardCount => _ids.Count;

    /// <summary>Replays every line of <paramref name="input"/>; throws <see cref="CliFailure"/> at the first bad one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run(Stream input)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BlockSize);
        try
        {
            var start = 0;
            var end = 0;
            var lineNumber = 0L;
            while (true)
            {
                if (end == buffer.Length)
                {
                    if (start > 0)
                    {
                        buffer.AsSpan(start, end - start).CopyTo(buffer);
                        end -= start;
                        start = 0;
                    }
                    else if (buffer.Length >= MaxLineBytes)
                    {
                        throw Bad(lineNumber + 1, $"the line is longer than {MaxLineBytes / 1024 / 1024} MB");
                    }
                    else
                    {
                        var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, end).CopyTo(bigger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = bigger;
                    }
                }

                var read = input.Read(buffer, end, buffer.Length - end);
                if (read == 0)
                {
                    if (end > start)
                    {
                        Line(buffer.AsSpan(start, end - start), ++lineNumber);
                    }

                    break;
                }

                end += read;
                while (true)
                {
                    var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                    if (newline < 0)
                    {
                        break;
                    }

                    Line(buffer.AsSpan(start, newline), ++lineNumber);
                    start += newline + 1;
                }

                if (start == end)
                {
                    start = end = 0;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            Flush();
        }
    }

    private static CliFailure Bad(long lineNumber, string message) =>
        CliFailure.BadInput(string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: {message}"));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Line(ReadOnlySpan<byte> line, long lineNumber)
    {
        if (lineNumber == 1 && line.StartsWith("\uFEFF"u8))
        {
            line = line[3..];
        }

        var end = line.Length;
        while (end > 0 && line[end - 1] is (byte)'\r' or (byte)' ' or (byte)'\t')
        {
            end--;
        }

        if (end == 0)
        {
            return;
        }

        line = line[..end];

        ReadOnlySpan<byte> card = default;
        var cardIsString = false;
        var keyLength = -1;
        var hasCard = false;
        var rating = 0;
        var hasRating = false;
        var at = default(DateTimeOffset);
        var hasAt = false;
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw Bad(lineNumber, "not a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("card"u8))
                {
                    reader.Read();
                    keyLength = ReadCard(ref reader, lineNumber, out card, out cardIsString);
                    hasCard = true;
                }
                else if (reader.ValueTextEquals("rating"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out rating) || rating is < 1 or > 4)
                    {
                        throw Bad(lineNumber, "\"rating\" must be 1, 2, 3 or 4");
                    }

                    hasRating = true;
                }
                else if (reader.ValueTextEquals("at"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.String || !TryParseTime(Unescaped(ref reader), out at))
                    {
                        throw Bad(lineNumber, "\"at\" must be an ISO-8601 time with a zone, such as 2025-01-31T09:00:00Z");
                    }

                    hasAt = true;
                }
                else
                {
                    reader.Skip();
                }
            }

            if (reader.Read())
            {
                throw Bad(lineNumber, "more than one JSON value on the line");
            }
        }
        catch (JsonException)
        {
            throw Bad(lineNumber, "not valid JSON");
        }
        catch (InvalidOperationException)
        {
            throw Bad(lineNumber, "not valid UTF-8");
        }

        if (!hasCard)
        {
            throw Bad(lineNumber, "no \"card\"");
        }

        if (!hasRating)
        {
            throw Bad(lineNumber, "no \"rating\"");
        }

        if (!hasAt)
        {
            throw Bad(lineNumber, "no \"at\"");
        }

        if (at.UtcTicks > _latestTicks)
        {
            throw Bad(lineNumber, "\"at\" is too far in the future to schedule from");
        }

        var index = _ids.GetOrAdd(keyLength < 0 ? card : _key.AsSpan(0, keyLength), out var added);
        if (added)
        {
            if (index == _cards.Length)
            {
                Array.Resize(ref _cards, _cards.Length * 2);
            }

            _cards[index] = SchedulingCard.New(at);
        }

        ref var state = ref _cards[index];
        if (state.LastReview is { } last && at < last)
        {
            var name = cardIsString ? $"\"{Utf8.GetString(card)}\"" : Utf8.GetString(card);
            throw Bad(lineNumber, string.Create(
                CultureInfo.InvariantCulture,
                $"card {name} was last reviewed at {last.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}, after this review at {at.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}; a card's reviews must come in time order"));
        }

        var outcome = _scheduler.Review(state, (Rating)rating, at);
        state = outcome.Card;
        Write(card, cardIsString, at, rating, outcome);
    }

    // The text of a string token; an escaped one is unescaped into a scratch buffer (too long: empty, so invalid).
    private ReadOnlySpan<byte> Unescaped(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan;
        }

        return reader.ValueSpan.Length <= _scratch.Length ? _scratch.AsSpan(0, reader.CopyString(_scratch)) : default;
    }

    // The card's raw JSON text (for the output) and whether it is a string. Returns -1 when the raw text is also the
    // id, or the length of the unescaped id in _key, so that "\u0041" and "A" name the same card.
    private int ReadCard(scoped ref Utf8JsonReader reader, long lineNumber, out ReadOnlySpan<byte> raw, out bool isString)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Number))
        {
            throw Bad(lineNumber, "\"card\" must be a string or a number");
        }

        raw = reader.ValueSpan;
        isString = reader.TokenType == JsonTokenType.String;
        if (isString && !System.Text.Unicode.Utf8.IsValid(raw))
        {
            throw Bad(lineNumber, "not valid UTF-8");
        }

        if (!reader.ValueIsEscaped)
        {
            return -1;
        }

        if (_key.Length < raw.Length)
        {
            _key = new byte[Math.Max(raw.Length, _key.Length * 2)];
        }

        return reader.CopyString(_key);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Write(ReadOnlySpan<byte> card, bool cardIsString, DateTimeOffset at, int rating, in ReviewOutcome outcome)
    {
        if (_out.Length - _outLength < card.Length + 320)
        {
            Flush();
            if (_out.Length < card.Length + 320)
            {
                _out = new byte[card.Length + 320];
            }
        }

        var span = _out.AsSpan(_outLength);
        var n = Put(span, "{\"card\":"u8);
        if (cardIsString)
        {
            // The raw text between the quotes is valid JSON already, escapes and all.
            n += Put(span[n..], "\""u8);
            n += Put(span[n..], card);
            n += Put(span[n..], "\""u8);
        }
        else
        {
            n += Put(span[n..], card);
        }

        var next = outcome.Card;
        n += Put(span[n..], ",\"at\":\""u8);
        n += PutTime(span[n..], at);
        n += Put(span[n..], "\",\"rating\":"u8);
        span[n++] = (byte)('0' + rating);
        n += Put(span[n..], ",\"stability\":"u8);
        n += PutNumber(span[n..], next.Stability);
        n += Put(span[n..], ",\"difficulty\":"u8);
        n += PutNumber(span[n..], next.Difficulty);
        n += Put(span[n..], ",\"state\":\""u8);
        n += Put(span[n..], StateName(next.State));
        n += Put(span[n..], "\",\"step\":"u8);
        n += PutInteger(span[n..], next.Step);
        n += Put(span[n..], ",\"due\":\""u8);
        n += PutTime(span[n..], next.Due);
        n += Put(span[n..], "\",\"intervalDays\":"u8);
        n += PutInteger(span[n..], (int)outcome.IntervalDays);
        n += Put(span[n..], "}\n"u8);
        _outLength += n;
    }

    private void Flush()
    {
        if (_outLength == 0)
        {
            return;
        }

        if (_rawOutput is not null)
        {
            _rawOutput.Write(_out, 0, _outLength);
            _outLength = 0;
            return;
        }

        // Without a raw stream (in tests, a string), the bytes go through UTF-16 in large blocks.
        if (_chars.Length < _outLength)
        {
            _chars = new char[_outLength];
        }

        var count = Utf8.GetChars(_out, 0, _outLength, _chars, 0);
        _output.Write(_chars, 0, count);
        _outLength = 0;
    }

    private static ReadOnlySpan<byte> StateName(CardState state) => state switch
    {
        CardState.Learning => "learning"u8,
        CardState.Review => "review"u8,
        CardState.Relearning => "relearning"u8,
        _ => "new"u8,
    };

    private static int Put(Span<byte> destination, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(destination);
        return bytes.Length;
    }

    // The shortest text that reads back as the same double, as JavaScript's JSON.stringify writes it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int PutNumber(Span<byte> destination, double value)
    {
        // The scheduler rounds to 8 decimals: such a value is k / 1e8, and the decimal k·10⁻⁸ without its trailing
        // zeros (at most 15 significant digits here) is its shortest round-trip text. Writing it from the integer k
        // is several times faster than the general algorithm, which handles everything else.
        if (value is >= 0 and < 1e7)
        {
            var scaled = Math.Round(value * 1e8);
            if (scaled / 1e8 == value)
            {
                var k = (long)scaled;
                var n = PutInteger(destination, k / 100_000_000);
                var fraction = (int)(k % 100_000_000);
                if (fraction == 0)
                {
                    return n;
                }

                var digits = 8;
                while (fraction % 10 == 0)
                {
                    fraction /= 10;
                    digits--;
                }

                destination[n] = (byte)'.';
                Digits(destination, n + 1, fraction, digits);
                return n + 1 + digits;
            }
        }

        value.TryFormat(destination, out var written, default, CultureInfo.InvariantCulture);
        return written;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int PutInteger(Span<byte> destination, long value)
    {
        value.TryFormat(destination, out var written, default, CultureInfo.InvariantCulture);
        return written;
    }

    // yyyy-MM-ddTHH:mm:ss.fffZ in UTC, as JavaScript's toISOString; ticks below a millisecond add four digits.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int PutTime(Span<byte> d, DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        var (year, month, day) = utc;
        var ticks = utc.Ticks % TimeSpan.TicksPerDay;
        var ms = (int)(ticks / TimeSpan.TicksPerMillisecond);
        var extra = (int)(ticks % TimeSpan.TicksPerMillisecond);
        Digits(d, 0, year, 4);
        d[4] = (byte)'-';
        Digits(d, 5, month, 2);
        d[7] = (byte)'-';
        Digits(d, 8, day, 2);
        d[10] = (byte)'T';
        Digits(d, 11, ms / 3_600_000, 2);
        d[13] = (byte)':';
        Digits(d, 14, ms / 60_000 % 60, 2);
        d[16] = (byte)':';
        Digits(d, 17, ms / 1000 % 60, 2);
        d[19] = (byte)'.';
        Digits(d, 20, ms % 1000, 3);
        var n = 23;
        if (extra != 0)
        {
            Digits(d, 23, extra, 4);
            n = 27;
        }

        d[n] = (byte)'Z';
        return n + 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Digits(Span<byte> d, int at, int value, int width)
    {
        for (var i = at + width - 1; i >= at; i--)
        {
            d[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>
    /// Parses <c>YYYY-MM-DDTHH:MM:SS[.fraction]</c> followed by <c>Z</c> or <c>±HH:MM</c> (a space may stand for the
    /// T); fractions beyond seven digits (100 ns) are dropped.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryParseTime(ReadOnlySpan<byte> s, out DateTimeOffset value)
    {
        value = default;
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || s[10] is not ((byte)'T' or (byte)'t' or (byte)' ') || s[13] != ':' || s[16] != ':')
        {
            return false;
        }

        if (!Number(s, 0, 4, out var year) || !Number(s, 5, 2, out var month) || !Number(s, 8, 2, out var day)
            || !Number(s, 11, 2, out var hour) || !Number(s, 14, 2, out var minute) || !Number(s, 17, 2, out var second))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var pos = 19;
        long fraction = 0;
        if (s[pos] == '.')
        {
            var digits = 0;
            pos++;
            while (pos < s.Length && (uint)(s[pos] - '0') <= 9)
            {
                if (digits < 7)
                {
                    fraction = (fraction * 10) + (s[pos] - '0');
                }

                digits++;
                pos++;
            }

            if (digits is 0 or > 9)
            {
                return false;
            }

            for (; digits < 7; digits++)
            {
                fraction *= 10;
            }
        }

        long offsetMinutes;
        if (pos == s.Length - 1 && (s[pos] | 0x20) == 'z')
        {
            offsetMinutes = 0;
        }
        else if (pos == s.Length - 6 && s[pos] is (byte)'+' or (byte)'-' && s[pos + 3] == ':'
            && Number(s, pos + 1, 2, out var offsetHours) && Number(s, pos + 4, 2, out var offsetMins) && offsetHours <= 14 && offsetMins <= 59)
        {
            offsetMinutes = (s[pos] == '-' ? -1 : 1) * ((offsetHours * 60) + offsetMins);
        }
        else
        {
            return false;
        }

        var ticks = new DateTime(year, month, day, hour, minute, second).Ticks + fraction - (offsetMinutes * TimeSpan.TicksPerMinute);
        if (ticks < 0 || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        value = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Number(ReadOnlySpan<byte> s, int at, int width, out int value)
    {
        value = 0;
        for (var i = at; i < at + width; i++)
        {
            var digit = (uint)(s[i] - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }
}
