using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace CareForAll.Data.Ingestion;

/// <summary>
/// A set of <see cref="RowKey"/> values: open addressing with linear probing in one flat table, kept at most four
/// fifths full. The keys are already well-mixed hashes, so their low 64 bits pick the slot (scaled to the table's
/// length, which need not be a power of two).
/// </summary>
/// <remarks>
/// Millions of keys make every look-up a cache miss, and on a virtual machine with 4 KB pages a TLB miss too (measured:
/// about 400 ns an insert into a 256 MB table, against 600 ns for <see cref="HashSet{T}"/> of <see cref="UInt128"/>,
/// whose look-ups read a bucket array and then 32-byte entries). So the table lives outside the managed heap, in
/// memory the kernel is asked to back with 2 MB pages where it can (<c>madvise(MADV_HUGEPAGE)</c> on Linux), and
/// callers that know their next keys <see cref="Prefetch"/> them while working on the current one. Fresh memory is
/// slow to touch the first time here (the kernel zeroes it, about 4 s a GB on this machine), so on Linux the table is
/// mapped already zeroed and a background task faults its pages in (<c>MADV_POPULATE_WRITE</c>) while keys go in.
/// </remarks>
internal sealed unsafe partial class KeySet : IDisposable
{
    private const long SmallestCapacity = 1 << 10;
    private const nuint HugePage = 2 << 20;

    private UInt128* _slots;
    private long _capacity;
    private long _limit;
    private bool _hasZero;
    private Mapping _mapping;

    public KeySet() => Allocate(SmallestCapacity);

    ~KeySet() => Free(_mapping);

    /// <summary>Keys held.</summary>
    public long Count { get; private set; }

    /// <summary>Makes room for <paramref name="keys"/> keys in all, so filling it up to there never resizes.</summary>
    public void Reserve(long keys)
    {
        if (keys > _limit)
        {
            Resize(keys / 4 * 5 + 4);
        }
    }

    /// <summary>Starts loading the slot where <paramref name="key"/> would be into the cache; a hint only.</summary>
    public void Prefetch(UInt128 key)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(_slots + Slot(key));
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

        var i = Slot(key);
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

            i = Next(i);
        }

        _slots[i] = key;
        Count++;
        if (Count > _limit)
        {
            Resize(_capacity * 2);
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

        var i = Slot(key);
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

            i = Next(i);
        }
    }

    public void Dispose()
    {
        Free(_mapping);
        _mapping = default;
        _slots = null;
        GC.SuppressFinalize(this);
    }

    /// <summary>The home slot of <paramref name="key"/>: its low 64 bits scaled to the table (Lemire's multiply-shift range reduction).</summary>
    private long Slot(UInt128 key) => (long)Math.BigMul((ulong)key, (ulong)_capacity, out _);

    private long Next(long i) => i + 1 == _capacity ? 0 : i + 1;

    private void Resize(long capacity)
    {
        var old = _slots;
        var oldCapacity = _capacity;
        var oldMapping = _mapping;
        Allocate(capacity);
        for (long j = 0; j < oldCapacity; j++)
        {
            var key = old[j];
            if (key != UInt128.Zero)
            {
                var i = Slot(key);
                while (_slots[i] != UInt128.Zero)
                {
                    i = Next(i);
                }

                _slots[i] = key;
            }
        }

        Free(oldMapping);
    }

    private void Allocate(long capacity)
    {
        if (capacity > int.MaxValue)
        {
            throw new InvalidOperationException($"more than {Count:N0} distinct keys in one table");
        }

        var bytes = (nuint)capacity * (nuint)sizeof(UInt128);
        _mapping = Mapping.Create(bytes);
        _slots = (UInt128*)_mapping.Start;
        _capacity = capacity;
        _limit = capacity / 5 * 4;
    }

    private static void Free(Mapping mapping)
    {
        if (mapping.Start is not null)
        {
            mapping.Release();
        }
    }

    /// <summary>Zeroed memory for the table: an anonymous mapping on Linux (huge pages advised, faulted in by a background task), else the native heap.</summary>
    private readonly struct Mapping
    {
        private const int ProtectReadWrite = 0x3;
        private const int MapPrivateAnonymous = 0x22;
        private const int AdviseHugePage = 14;
        private const int AdvisePopulateWrite = 23;
        private const nuint PopulateStep = 64 << 20;

        private readonly void* _region;
        private readonly nuint _regionBytes;
        private readonly Task? _populating;

        private Mapping(void* start, void* region, nuint regionBytes, Task? populating)
        {
            Start = start;
            _region = region;
            _regionBytes = regionBytes;
            _populating = populating;
        }

        public void* Start { get; }

        public static Mapping Create(nuint bytes)
        {
            if (!OperatingSystem.IsLinux() || bytes < HugePage)
            {
                return new Mapping(NativeMemory.AllocZeroed(bytes), null, 0, null);
            }

            var regionBytes = bytes + HugePage;
            var region = Mmap(null, regionBytes, ProtectReadWrite, MapPrivateAnonymous, -1, 0);
            if ((nint)region == -1)
            {
                throw new OutOfMemoryException($"cannot map {bytes:N0} bytes for ingestion keys");
            }

            var start = (byte*)(((nuint)region + HugePage - 1) & ~(HugePage - 1));

            // hints: where the kernel has no 2 MB pages or cannot populate ahead, the table works all the same
            _ = Madvise(start, bytes, AdviseHugePage);
            var populating = Task.Run(() =>
            {
                for (nuint done = 0; done < bytes; done += PopulateStep)
                {
                    if (Madvise(start + done, Math.Min(PopulateStep, bytes - done), AdvisePopulateWrite) != 0)
                    {
                        return;
                    }
                }
            });
            return new Mapping(start, region, regionBytes, populating);
        }

        public void Release()
        {
            if (_region is null)
            {
                NativeMemory.Free(Start);
                return;
            }

            _populating?.Wait();
            _ = Munmap(_region, _regionBytes);
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);

    [LibraryImport("libc", EntryPoint = "mmap")]
    private static partial void* Mmap(void* address, nuint length, int protection, int flags, int fd, nint offset);

    [LibraryImport("libc", EntryPoint = "munmap")]
    private static partial int Munmap(void* address, nuint length);
}
