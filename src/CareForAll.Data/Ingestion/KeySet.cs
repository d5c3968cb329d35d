using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace CareForAll.Data.Ingestion;

/// <summary>
/// A set of <see cref="RowKey"/> values: open addressing with linear probing in one flat table, sized to a power of
/// two and kept at most three quarters full. The keys are already well-mixed hashes, so their low bits pick the slot.
/// </summary>
/// <remarks>
/// Millions of keys make every look-up a cache miss, and on a virtual machine with 4 KB pages a TLB miss too (measured:
/// about 400 ns an insert into a 256 MB table, against 600 ns for <see cref="HashSet{T}"/> of <see cref="UInt128"/>,
/// whose look-ups read a bucket array and then 32-byte entries). So the table lives outside the managed heap, in
/// memory the kernel is asked to back with 2 MB pages where it can (<c>madvise(MADV_HUGEPAGE)</c> on Linux), and
/// callers that know their next keys <see cref="Prefetch"/> them while working on the current one.
/// </remarks>
internal sealed unsafe partial class KeySet : IDisposable
{
    private const int SmallestCapacity = 1 << 10;
    private const nuint HugePage = 2 << 20;

    private UInt128* _slots;
    private nuint _bytes;
    private long _mask;
    private long _limit;
    private bool _hasZero;

    public KeySet() => Allocate(SmallestCapacity);

    ~KeySet() => Free();

    /// <summary>Keys held.</summary>
    public long Count { get; private set; }

    /// <summary>Makes room for <paramref name="keys"/> keys in all, so filling it up to there never resizes.</summary>
    public void Reserve(long keys)
    {
        if (keys > _limit)
        {
            Resize((long)BitOperations.RoundUpToPowerOf2((ulong)(keys / 3 * 4 + 4)));
        }
    }

    /// <summary>Starts loading the slot where <paramref name="key"/> would be into the cache; a hint only.</summary>
    public void Prefetch(UInt128 key)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(_slots + ((long)(ulong)key & _mask));
        }
    }

    /// <summary>Adds <paramref name="key"/>; false when it was already there.</summary>
    public bool Add(UInt128 key)
    {
        if (key == UInt128.Zero)
        {
            if (_hasZero)
            {
                return false;
            }

            _hasZero = true;
            Count++;
            return true;
        }

        var i = (long)(ulong)key & _mask;
        while (true)
        {
            var held = _slots[i];
            if (held == key)
            {
                return false;
            }

            if (held == UInt128.Zero)
            {
                break;
            }

            i = (i + 1) & _mask;
        }

        _slots[i] = key;
        Count++;
        if (Count > _limit)
        {
            Resize((_mask + 1) * 2);
        }

        return true;
    }

    /// <summary>True when <paramref name="key"/> is in the set.</summary>
    public bool Contains(UInt128 key)
    {
        if (key == UInt128.Zero)
        {
            return _hasZero;
        }

        var i = (long)(ulong)key & _mask;
        while (true)
        {
            var held = _slots[i];
            if (held == key)
            {
                return true;
            }

            if (held == UInt128.Zero)
            {
                return false;
            }

            i = (i + 1) & _mask;
        }
    }

    public void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    private void Resize(long capacity)
    {
        var old = _slots;
        var oldCapacity = _mask + 1;
        var oldBytes = _bytes;
        Allocate(capacity);
        for (long j = 0; j < oldCapacity; j++)
        {
            var key = old[j];
            if (key != UInt128.Zero)
            {
                var i = (long)(ulong)key & _mask;
                while (_slots[i] != UInt128.Zero)
                {
                    i = (i + 1) & _mask;
                }

                _slots[i] = key;
            }
        }

        NativeMemory.AlignedFree(old);
        GC.RemoveMemoryPressure((long)oldBytes);
    }

    private void Allocate(long capacity)
    {
        _bytes = (nuint)capacity * (nuint)sizeof(UInt128);
        var large = _bytes >= HugePage;
        _slots = (UInt128*)NativeMemory.AlignedAlloc(_bytes, large ? HugePage : 64);
        if (large && OperatingSystem.IsLinux())
        {
            // a hint: where the kernel has no 2 MB pages to give, the table simply uses small ones
            _ = Madvise(_slots, _bytes, MadviseHugePage);
        }

        NativeMemory.Clear(_slots, _bytes);
        GC.AddMemoryPressure((long)_bytes);
        _mask = capacity - 1;
        _limit = capacity / 4 * 3;
    }

    private void Free()
    {
        if (_slots is not null)
        {
            NativeMemory.AlignedFree(_slots);
            GC.RemoveMemoryPressure((long)_bytes);
            _slots = null;
        }
    }

    private const int MadviseHugePage = 14;

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}
