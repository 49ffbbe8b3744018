using System.Buffers.Binary;
using System.Numerics;

namespace Clio.Cli.Commands;

/// <summary>
/// Numbers card ids 0, 1, 2… in order of first sight, keyed by the id's UTF-8 bytes, so that a replay never makes
/// a string to look a card up. Open addressing with linear probing; ids live end to end in one byte array.
/// </summary>
internal sealed class CardIndex
{
    private int[] _slots = new int[1024]; // 0 when empty, else the card's number + 1
    private ulong[] _hashes = new ulong[512];
    private int[] _starts = new int[512];
    private byte[] _bytes = new byte[8192];
    private int _bytesUsed;

    /// <summary>How many distinct ids have been seen.</summary>
    public int Count { get; private set; }

    /// <summary>The number of the card with this id, giving it the next number if it is new.</summary>
    public int GetOrAdd(ReadOnlySpan<byte> id, out bool added)
    {
        var hash = Hash(id);
        var mask = _slots.Length - 1;
        for (var slot = (int)hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot] - 1;
            if (entry < 0)
            {
                added = true;
                return Add(id, hash, slot);
            }

            if (_hashes[entry] == hash && Key(entry).SequenceEqual(id))
            {
                added = false;
                return entry;
            }
        }
    }

    private ReadOnlySpan<byte> Key(int entry)
    {
        var end = entry + 1 < Count ? _starts[entry + 1] : _bytesUsed;
        return _bytes.AsSpan(_starts[entry], end - _starts[entry]);
    }

    private int Add(ReadOnlySpan<byte> id, ulong hash, int slot)
    {
        var entry = Count;
        if (entry == _hashes.Length)
        {
            Array.Resize(ref _hashes, entry * 2);
            Array.Resize(ref _starts, entry * 2);
        }

        if (_bytesUsed + id.Length > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _bytesUsed + id.Length));
        }

        id.CopyTo(_bytes.AsSpan(_bytesUsed));
        _hashes[entry] = hash;
        _starts[entry] = _bytesUsed;
        _bytesUsed += id.Length;
        _slots[slot] = entry + 1;
        Count = entry + 1;

        // At most half full, so probes stay short.
        if (Count * 2 > _slots.Length)
        {
            Grow();
        }

        return entry;
    }

    private void Grow()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var entry = 0; entry < Count; entry++)
        {
            var slot = (int)_hashes[entry] & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = entry + 1;
        }

        _slots = slots;
    }

    // Eight bytes at a time, each folded in with a multiply and a rotate; ids are short, so this is a few steps.
    private static ulong Hash(ReadOnlySpan<byte> id)
    {
        const ulong K = 0x9E3779B97F4A7C15UL;
        var h = (ulong)id.Length * K;
        while (id.Length >= 8)
        {
            h = BitOperations.RotateLeft((h ^ BinaryPrimitives.ReadUInt64LittleEndian(id)) * K, 29);
            id = id[8..];
        }

        ulong tail = 0;
        for (var i = 0; i < id.Length; i++)
        {
            tail |= (ulong)id[i] << (8 * i);
        }

        h = (h ^ tail) * K;
        h ^= h >> 32;
        h *= 0xD6E8FEB86659FD93UL;
        return h ^ (h >> 32);
    }
}
