using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Clio.Cli.Commands;

/// <summary>
/// Numbers card ids 0, 1, 2… in order of first sight, keyed by the id's UTF-8 bytes, so that a replay never makes
/// a string to look a card up. Open addressing with linear probing; each slot holds the hash and where the id's
/// bytes are, so that a lookup touches one slot and the bytes it compares, and ids live end to end in one array.
/// </summary>
internal sealed class CardIndex
{
    private Slot[] _slots = new Slot[1024];
    private byte[] _bytes = new byte[8192];
    private int _bytesUsed;

    /// <summary>How many distinct ids have been seen.</summary>
    public int Count { get; private set; }

    /// <summary>The number of the card with this id, giving it the next number if it is new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int GetOrAdd(ReadOnlySpan<byte> id, out bool added)
    {
        var hash = Hash(id);
        var mask = _slots.Length - 1;
        for (var i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref _slots[i];
            if (slot.Card == 0)
            {
                added = true;
                return Add(ref slot, id, hash);
            }

            if (slot.Hash == hash && _bytes.AsSpan(slot.Start, slot.Length).SequenceEqual(id))
            {
                added = false;
                return slot.Card - 1;
            }
        }
    }

    private int Add(ref Slot slot, ReadOnlySpan<byte> id, uint hash)
    {
        if (_bytesUsed + id.Length > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _bytesUsed + id.Length));
        }

        id.CopyTo(_bytes.AsSpan(_bytesUsed));
        var card = Count;
        slot = new Slot(hash, card + 1, _bytesUsed, id.Length);
        _bytesUsed += id.Length;
        Count = card + 1;

        // At most half full, so probes stay short.
        if (Count * 2 > _slots.Length)
        {
            Grow();
        }

        return card;
    }

    private void Grow()
    {
        var slots = new Slot[_slots.Length * 2];
        var mask = slots.Length - 1;
        foreach (var slot in _slots)
        {
            if (slot.Card != 0)
            {
                var i = (int)slot.Hash & mask;
                while (slots[i].Card != 0)
                {
                    i = (i + 1) & mask;
                }

                slots[i] = slot;
            }
        }

        _slots = slots;
    }

    // Eight bytes at a time, each folded in with a multiply and a rotate; ids are short, so this is a few steps.
    private static uint Hash(ReadOnlySpan<byte> id)
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
        return (uint)(h ^ (h >> 32));
    }

    // Card is the card's number + 1, so that 0 marks an empty slot.
    private readonly record struct Slot(uint Hash, int Card, int Start, int Length);
}
