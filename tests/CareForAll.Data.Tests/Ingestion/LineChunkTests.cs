using System.Text;
using CareForAll.Data.Ingestion;

namespace CareForAll.Data.Tests.Ingestion;

/// <summary>
/// Reading a file in chunks must give the same non-empty lines, with the same line numbers, as reading it line by line
/// with <see cref="StreamReader.ReadLine"/>, whatever the line endings, a byte order mark, or where the chunks fall.
/// </summary>
public sealed class LineChunkTests
{
    [Fact]
    public void ChunkedLines_MatchStreamReader_ForAnyEndingsAndChunkSize()
    {
        var random = new Random(26);
        string[] endings = ["\n", "\r\n", "\r"];
        for (var run = 0; run < 300; run++)
        {
            var text = new StringBuilder(random.Next(2) == 0 ? "\uFEFF" : "");
            for (var line = random.Next(0, 40); line > 0; line--)
            {
                text.Append(new string((char)random.Next('a', 'z' + 1), random.Next(0, 3) == 0 ? 0 : random.Next(1, 150)));
                text.Append(endings[random.Next(endings.Length)]);
            }

            if (random.Next(2) == 0)
            {
                text.Append("last line without an ending");
            }

            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            var expected = new List<(long, string)>();
            using (var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            {
                long number = 0;
                while (reader.ReadLine() is { } line)
                {
                    number++;
                    if (line.Length > 0)
                    {
                        expected.Add((number, line));
                    }
                }
            }

            var actual = new List<(long, string)>();
            foreach (var chunk in LineChunk.Read(new MemoryStream(bytes), _ => { }, size: random.Next(16, 300)))
            {
                using (chunk)
                {
                    actual.AddRange(chunk.Lines().Select(l => (l.Number, chunk.Text(l.Line))));
                }
            }

            Assert.Equal(expected, actual);
        }
    }
}
