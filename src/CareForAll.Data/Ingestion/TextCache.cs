using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace CareForAll.Data.Ingestion;

/// <summary>
/// Remembers what a function made of short texts, so the values a column repeats (codes, units, kinds) are decoded and
/// checked once, not once a row, and share one string. Safe to use from several threads; stops learning after
/// <see cref="Capacity"/> distinct texts so a column of unique values costs only the look-up.
/// </summary>
internal sealed class TextCache<TValue>(Func<string, TValue> make)
{
    /// <summary>Distinct texts remembered at most.</summary>
    public const int Capacity = 50_000;

    /// <summary>Texts longer than this are never remembered.</summary>
    public const int LongestRemembered = 128;

    private const int RecentSlots = 1 << 12;

    private readonly ConcurrentDictionary<string, TValue> _known = new(StringComparer.Ordinal);
    private readonly Recent?[] _recent = new Recent?[RecentSlots];
    private int _count;

    /// <summary>The value for text given as UTF-8 bytes.</summary>
    public TValue Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > LongestRemembered)
        {
            return make(LineChunk.Utf8.GetString(utf8));
        }

        Span<char> chars = stackalloc char[LongestRemembered];
        var length = LineChunk.Utf8.GetChars(utf8, chars);
        return Get(chars[..length]);
    }

    /// <summary>
    /// The value for <paramref name="text"/>. The same string instance given again (the texts a source's own cache
    /// shares) is found by reference in a small table before the text itself is hashed.
    /// </summary>
    public TValue Get(string text)
    {
        var slot = RuntimeHelpers.GetHashCode(text) & (RecentSlots - 1);
        if (Volatile.Read(ref _recent[slot]) is { } hit && ReferenceEquals(hit.Text, text))
        {
            return hit.Value;
        }

        var value = Get(text.AsSpan());
        if (text.Length <= LongestRemembered)
        {
            Volatile.Write(ref _recent[slot], new Recent(text, value));
        }

        return value;
    }

    /// <summary>The value for <paramref name="text"/>.</summary>
    public TValue Get(ReadOnlySpan<char> text)
    {
        if (text.Length > LongestRemembered)
        {
            return make(text.ToString());
        }

        var lookup = _known.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var value))
        {
            return value;
        }

        var key = text.ToString();
        value = make(key);
        if (Volatile.Read(ref _count) < Capacity && _known.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }

    private sealed record Recent(string Text, TValue Value);
}
