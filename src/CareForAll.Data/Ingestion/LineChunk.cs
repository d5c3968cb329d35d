using System.Buffers;
using System.Text;

namespace CareForAll.Data.Ingestion;

/// <summary>
/// A run of whole lines of a source file as UTF-8 bytes, cut so that records can be parsed apart from the rest of the
/// file (in parallel) and accepted in file order afterwards. The buffer is rented; <see cref="Dispose"/> returns it.
/// </summary>
internal sealed class LineChunk : IDisposable
{
    /// <summary>Decodes source text; bytes that are not UTF-8 become U+FFFD, which the rules then refuse in text fields.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private byte[]? _buffer;

    public LineChunk(byte[] buffer, int length, long linesBefore)
    {
        _buffer = buffer;
        Length = length;
        LinesBefore = linesBefore;
    }

    /// <summary>The number of lines of the file before this chunk's first line.</summary>
    public long LinesBefore { get; }

    public int Length { get; }

    public ReadOnlySpan<byte> Bytes => (_buffer ?? throw new ObjectDisposedException(nameof(LineChunk))).AsSpan(0, Length);

    /// <summary>The bytes of one line found by <see cref="Lines"/>.</summary>
    public ReadOnlySpan<byte> Line(Range line) => Bytes[line];

    /// <summary>The text of one line, decoded as the quarantine stores it.</summary>
    public string Text(Range line) => Utf8.GetString(Bytes[line]);

    /// <summary>
    /// The non-empty lines of the chunk with their line numbers in the file, put in <paramref name="into"/> (emptied
    /// first) when given. Lines end at LF, CR LF or CR, as <see cref="StreamReader.ReadLine"/> splits them.
    /// </summary>
    public List<(long Number, Range Line)> Lines(List<(long Number, Range Line)>? into = null)
    {
        var lines = into ?? new List<(long, Range)>(Length / 48);
        lines.Clear();
        var bytes = Bytes;
        var number = LinesBefore;
        var start = 0;
        while (start < bytes.Length)
        {
            var end = bytes[start..].IndexOfAny((byte)'\n', (byte)'\r');
            end = end < 0 ? bytes.Length : start + end;
            number++;
            if (end > start)
            {
                lines.Add((number, start..end));
            }

            start = end + (end + 1 < bytes.Length && bytes[end] == '\r' && bytes[end + 1] == '\n' ? 2 : 1);
        }

        return lines;
    }

    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = null;
        }
    }

    /// <summary>Hears about every run of bytes read from a file, in file order.</summary>
    public delegate void BytesRead(ReadOnlySpan<byte> bytes);

    /// <summary>
    /// Reads <paramref name="stream"/> from the start in chunks of about <paramref name="size"/> bytes, each ending at a
    /// line end (a longer line gets a bigger chunk); a UTF-8 byte order mark is skipped. <paramref name="bytesRead"/>
    /// is given every byte read, so the caller can hash the file and report progress on the same pass.
    /// </summary>
    public static IEnumerable<LineChunk> Read(Stream stream, BytesRead bytesRead, int size = 1 << 20)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        var carried = 0;
        long linesBefore = 0;
        var first = true;
        while (true)
        {
            var read = stream.ReadAtLeast(buffer.AsSpan(carried), buffer.Length - carried, throwOnEndOfStream: false);
            bytesRead(buffer.AsSpan(carried, read));
            var atEnd = read < buffer.Length - carried;
            var filled = carried + read;
            if (first && buffer.AsSpan(0, filled).StartsWith(Encoding.UTF8.Preamble))
            {
                filled -= Encoding.UTF8.Preamble.Length;
                buffer.AsSpan(Encoding.UTF8.Preamble.Length, filled).CopyTo(buffer);
            }

            first = false;
            var cut = atEnd ? filled : LastLineEnd(buffer.AsSpan(0, filled));
            if (cut == 0 && filled > 0 && !atEnd)
            {
                var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, filled).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(buffer);
                (buffer, carried) = (bigger, filled);
                continue;
            }

            var next = ArrayPool<byte>.Shared.Rent(Math.Max(size, (filled - cut) * 2));
            buffer.AsSpan(cut, filled - cut).CopyTo(next);
            carried = filled - cut;
            var chunk = new LineChunk(buffer, cut, linesBefore);
            linesBefore += CountLines(chunk.Bytes);
            buffer = next;
            if (cut > 0)
            {
                yield return chunk;
            }
            else
            {
                chunk.Dispose();
            }

            if (atEnd)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                yield break;
            }
        }
    }

    /// <summary>The position after the last complete line end: after the last LF, else after a CR that is not the last byte (it may be the first half of CR LF).</summary>
    private static int LastLineEnd(ReadOnlySpan<byte> bytes)
    {
        var lf = bytes.LastIndexOf((byte)'\n');
        if (lf >= 0)
        {
            return lf + 1;
        }

        var cr = bytes[..^1].LastIndexOf((byte)'\r');
        return cr + 1;
    }

    private static long CountLines(ReadOnlySpan<byte> bytes)
    {
        long lines = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var end = bytes[i..].IndexOfAny((byte)'\n', (byte)'\r');
            if (end < 0)
            {
                return lines + 1;
            }

            lines++;
            i += end + (i + end + 1 < bytes.Length && bytes[i + end] == '\r' && bytes[i + end + 1] == '\n' ? 2 : 1);
        }

        return lines;
    }
}
