using System.Buffers.Text;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CareForAll.Core;

namespace CareForAll.Care.VascularRisk;

/// <summary>
/// Scores a CSV file of people with the QRISK®3-2017 algorithm as a stream: it reads a chunk of lines, scores them as a
/// batch and writes each input line unchanged with a <c>qrisk3</c> column added, so memory does not grow with the file.
/// </summary>
/// <remarks>
/// The header must name every column in <see cref="Columns"/> (any order; other columns are passed through).
/// <c>sex</c> is <c>female</c> or <c>male</c>; <c>ethnicity</c> 1–9 in QRISK3's order; <c>smoking</c> 0–4;
/// <c>diabetes</c> 0–2; the yes/no columns 0 or 1. Blank optional cells take the calculator's defaults
/// (see <see cref="Qrisk3Input"/>); age, sex, cholesterol/HDL ratio, systolic BP, its SD and BMI are required.
/// Fields are plain (unquoted) values; lines end with LF or CRLF. The first bad line stops the run with an
/// <see cref="InputException"/> naming the file, line and field. Risks are written in invariant culture, round-trip format.
/// </remarks>
public static class Qrisk3Csv
{
    /// <summary>The added output column.</summary>
    public const string RiskColumn = "qrisk3";

    /// <summary>The input columns, in the order of <see cref="Column"/>.</summary>
    public static ImmutableArray<string> Columns { get; } =
    [
        "age", "sex", "ethnicity", "townsend", "smoking", "diabetes", "family_history_chd", "ckd", "af", "bp_treated",
        "migraine", "rheumatoid_arthritis", "sle", "severe_mental_illness", "atypical_antipsychotic", "steroids",
        "erectile_dysfunction", "cholesterol_hdl_ratio", "systolic_bp", "systolic_bp_sd", "bmi",
    ];

    private const int InitialChunkBytes = 1 << 20;

    private enum Column
    {
        Age,
        Sex,
        Ethnicity,
        Townsend,
        Smoking,
        Diabetes,
        FamilyHistoryChd,
        Ckd,
        Af,
        BpTreated,
        Migraine,
        RheumatoidArthritis,
        Sle,
        SevereMentalIllness,
        AtypicalAntipsychotic,
        Steroids,
        ErectileDysfunction,
        CholesterolHdlRatio,
        SystolicBp,
        SystolicBpSd,
        Bmi,
    }

    /// <summary>The yes/no columns and the condition each sets.</summary>
    private static readonly (Column Column, Qrisk3Conditions Condition)[] FlagColumns =
    [
        (Column.FamilyHistoryChd, Qrisk3Conditions.FamilyHistoryChd),
        (Column.Ckd, Qrisk3Conditions.ChronicKidneyDisease),
        (Column.Af, Qrisk3Conditions.AtrialFibrillation),
        (Column.BpTreated, Qrisk3Conditions.BloodPressureTreatment),
        (Column.Migraine, Qrisk3Conditions.Migraine),
        (Column.RheumatoidArthritis, Qrisk3Conditions.RheumatoidArthritis),
        (Column.Sle, Qrisk3Conditions.Sle),
        (Column.SevereMentalIllness, Qrisk3Conditions.SevereMentalIllness),
        (Column.AtypicalAntipsychotic, Qrisk3Conditions.AtypicalAntipsychotic),
        (Column.Steroids, Qrisk3Conditions.Steroids),
        (Column.ErectileDysfunction, Qrisk3Conditions.ErectileDysfunction),
    ];

    /// <summary>
    /// Scores <paramref name="inputPath"/> into <paramref name="outputPath"/> and returns the number of people. The output
    /// appears only when every line was good; after an error no output file is left behind.
    /// </summary>
    public static long ScoreFile(string inputPath, string outputPath)
    {
        if (!File.Exists(inputPath))
        {
            throw new InputException($"{inputPath}: file not found");
        }

        var partial = outputPath + ".partial";
        try
        {
            long people;
            using (var input = new FileStream(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
            using (var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1))
            {
                people = Score(input, output, inputPath);
            }

            File.Move(partial, outputPath, overwrite: true);
            return people;
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    /// <summary>Scores the CSV in <paramref name="input"/> into <paramref name="output"/>; errors name <paramref name="fileName"/>.</summary>
    public static long Score(Stream input, Stream output, string fileName)
    {
        var state = new Scorer(fileName, output);
        var buffer = new byte[InitialChunkBytes];
        var filled = 0;
        var endOfFile = false;
        while (true)
        {
            filled += endOfFile ? 0 : input.ReadAtLeast(buffer.AsSpan(filled), buffer.Length - filled, throwOnEndOfStream: false);
            endOfFile = endOfFile || filled < buffer.Length;
            var consumed = state.ScoreLines(buffer, filled, endOfFile);
            if (endOfFile)
            {
                break;
            }

            if (consumed == 0)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
            filled -= consumed;
        }

        if (!state.HeaderRead)
        {
            throw InputException.At(fileName, 1, "header", "the file is empty; expected a header row naming " + string.Join(',', Columns));
        }

        state.Flush();
        return state.People;
    }

    /// <summary>The trimmed cells of one data line, by column.</summary>
    private readonly ref struct RowCells(ReadOnlySpan<byte> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths)
    {
        private readonly ReadOnlySpan<byte> text = text;
        private readonly ReadOnlySpan<int> starts = starts;
        private readonly ReadOnlySpan<int> lengths = lengths;

        public ReadOnlySpan<byte> this[Column column] => text.Slice(starts[(int)column], lengths[(int)column]).Trim((byte)' ');
    }

    /// <summary>The state of one run: header layout, the current batch and the output buffer.</summary>
    private sealed class Scorer(string fileName, Stream output)
    {
        private int[] roleOfField = [];
        private Qrisk3Input[] batch = new Qrisk3Input[8192];
        private int[] lineStarts = new int[8192];
        private int[] lineLengths = new int[8192];
        private double[] risks = new double[8192];
        private byte[] written = new byte[1 << 20];
        private int writtenLength;

        public bool HeaderRead { get; private set; }

        public long People { get; private set; }

        private long Line { get; set; }

        /// <summary>Scores the complete lines of <paramref name="buffer"/> and returns how many bytes they took.</summary>
        public int ScoreLines(byte[] buffer, int filled, bool endOfFile)
        {
            var data = buffer.AsSpan(0, filled);
            var position = 0;
            var count = 0;
            while (position < filled)
            {
                var newline = data[position..].IndexOf((byte)'\n');
                if (newline < 0 && !endOfFile)
                {
                    break;
                }

                var length = newline < 0 ? filled - position : newline;
                var text = data.Slice(position, length);
                if (text.Length > 0 && text[^1] == (byte)'\r')
                {
                    text = text[..^1];
                }

                Line++;
                if (!HeaderRead)
                {
                    ReadHeader(text);
                }
                else if (!text.Trim((byte)' ').IsEmpty)
                {
                    if (count == batch.Length)
                    {
                        Grow();
                    }

                    batch[count] = ParseRow(text);
                    lineStarts[count] = position;
                    lineLengths[count] = text.Length;
                    count++;
                }

                position += length + (newline < 0 ? 0 : 1);
            }

            Qrisk3.TenYearRisk(batch.AsSpan(0, count), risks);
            for (var i = 0; i < count; i++)
            {
                WriteLine(data.Slice(lineStarts[i], lineLengths[i]), risks[i]);
            }

            People += count;
            return position;
        }

        public void Flush()
        {
            output.Write(written, 0, writtenLength);
            writtenLength = 0;
        }

        private void Grow()
        {
            var size = batch.Length * 2;
            Array.Resize(ref batch, size);
            Array.Resize(ref lineStarts, size);
            Array.Resize(ref lineLengths, size);
            Array.Resize(ref risks, size);
        }

        private void ReadHeader(ReadOnlySpan<byte> text)
        {
            var header = Encoding.UTF8.GetString(text).TrimStart('\uFEFF');
            var names = header.Split(',').Select(n => n.Trim()).ToArray();
            roleOfField = new int[names.Length];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++)
            {
                if (!seen.Add(names[i]))
                {
                    throw InputException.At(fileName, Line, names[i], "the column appears twice in the header");
                }

                if (names[i] == RiskColumn)
                {
                    throw InputException.At(fileName, Line, names[i], "the input already has a qrisk3 column; it is the output column");
                }

                roleOfField[i] = Columns.IndexOf(names[i]);
            }

            foreach (var column in Columns.Where(c => !seen.Contains(c)))
            {
                throw InputException.At(fileName, Line, column, "required column is missing from the header");
            }

            HeaderRead = true;
            var headerBytes = Encoding.UTF8.GetBytes(header + "," + RiskColumn + "\n");
            Append(headerBytes);
        }

        private Qrisk3Input ParseRow(ReadOnlySpan<byte> text)
        {
            Span<int> starts = stackalloc int[Columns.Length];
            Span<int> lengths = stackalloc int[Columns.Length];
            var field = 0;
            var offset = 0;
            while (true)
            {
                var comma = text[offset..].IndexOf((byte)',');
                var length = comma < 0 ? text.Length - offset : comma;
                if (field >= roleOfField.Length)
                {
                    throw InputException.At(fileName, Line, "(line)", $"expected {roleOfField.Length} fields as in the header, found more");
                }

                var role = roleOfField[field];
                if (role >= 0)
                {
                    starts[role] = offset;
                    lengths[role] = length;
                }

                field++;
                if (comma < 0)
                {
                    break;
                }

                offset += comma + 1;
            }

            if (field < roleOfField.Length)
            {
                var missing = Array.FindIndex(roleOfField, field, r => r >= 0);
                var name = missing < 0 ? "(line)" : Columns[roleOfField[missing]];
                throw InputException.At(fileName, Line, name, $"expected {roleOfField.Length} fields as in the header, found {field}");
            }

            var cells = new RowCells(text, starts, lengths);

            var conditions = Qrisk3Conditions.None;
            foreach (var (column, condition) in FlagColumns)
            {
                if (Code(cells[column], column, 0, 1, 0, "0 (no) or 1 (yes)") == 1)
                {
                    conditions |= condition;
                }
            }

            return new Qrisk3Input(
                age: (int)Code(cells[Column.Age], Column.Age, (int)Qrisk3Input.AgeRange.Minimum, (int)Qrisk3Input.AgeRange.Maximum, null, "a whole number of years from 25 to 84"),
                sex: Sex(cells[Column.Sex]),
                cholesterolHdlRatio: Number(cells[Column.CholesterolHdlRatio], Column.CholesterolHdlRatio, Qrisk3Input.CholesterolHdlRatioRange, null),
                systolicBp: Number(cells[Column.SystolicBp], Column.SystolicBp, Qrisk3Input.SystolicBpRange, null),
                systolicBpSd: Number(cells[Column.SystolicBpSd], Column.SystolicBpSd, Qrisk3Input.SystolicBpSdRange, null),
                bmi: Number(cells[Column.Bmi], Column.Bmi, Qrisk3Input.BmiRange, null),
                ethnicity: (Qrisk3Ethnicity)Code(cells[Column.Ethnicity], Column.Ethnicity, 1, 9, 1, "a QRISK3 ethnic group from 1 to 9"),
                townsend: Number(cells[Column.Townsend], Column.Townsend, Qrisk3Input.TownsendRange, 0),
                smoking: (Qrisk3Smoking)Code(cells[Column.Smoking], Column.Smoking, 0, 4, 0, "0 (non-smoker) to 4 (heavy smoker)"),
                diabetes: (Qrisk3Diabetes)Code(cells[Column.Diabetes], Column.Diabetes, 0, 2, 0, "0 (none), 1 (type 1) or 2 (type 2)"),
                conditions: conditions);
        }

        private Qrisk3Sex Sex(ReadOnlySpan<byte> cell)
        {
            if (Ascii.EqualsIgnoreCase(cell, "female"u8))
            {
                return Qrisk3Sex.Female;
            }

            if (Ascii.EqualsIgnoreCase(cell, "male"u8))
            {
                return Qrisk3Sex.Male;
            }

            throw Error(Column.Sex, cell.IsEmpty ? "a value is required: female or male" : $"must be female or male; got '{Encoding.UTF8.GetString(cell)}'");
        }

        private int Code(ReadOnlySpan<byte> cell, Column column, int minimum, int maximum, int? blank, string allowed)
        {
            if (cell.IsEmpty && blank is int value)
            {
                return value;
            }

            var code = cell.Length == 1 ? cell[0] - '0' : -1;
            if (code < 0 || code > 9)
            {
                code = Utf8Parser.TryParse(cell, out int parsed, out var used) && used == cell.Length ? parsed : int.MinValue;
            }

            if (code < minimum || code > maximum)
            {
                throw Error(column, cell.IsEmpty ? $"a value is required: {allowed}" : $"must be {allowed}; got '{Encoding.UTF8.GetString(cell)}'");
            }

            return code;
        }

        private double Number(ReadOnlySpan<byte> cell, Column column, Qrisk3Range range, double? blank)
        {
            if (cell.IsEmpty)
            {
                return blank ?? throw Error(column, $"a value is required ({range.Field}, {range.Minimum} to {range.Maximum})");
            }

            if (!TryParseDecimal(cell, out var value)
                && !(Utf8Parser.TryParse(cell, out value, out var used) && used == cell.Length && double.IsFinite(value)))
            {
                throw Error(column, $"'{Encoding.UTF8.GetString(cell)}' is not a number");
            }

            return range.Contains(value) ? value : throw Error(column, range.Problem(value));
        }

        /// <summary>
        /// Parses a plain decimal such as <c>-12.345</c> with at most 15 significant digits exactly as double.Parse
        /// would: the digits form an integer below 2^53 and one IEEE division by a power of ten below 10^23 rounds
        /// correctly. Anything else (exponents, more digits) returns false for the general parser.
        /// </summary>
        private static bool TryParseDecimal(ReadOnlySpan<byte> cell, out double value)
        {
            value = 0;
            var i = 0;
            var negative = false;
            if (cell.Length > 0 && (cell[0] == (byte)'-' || cell[0] == (byte)'+'))
            {
                negative = cell[0] == (byte)'-';
                i = 1;
            }

            long mantissa = 0;
            var digits = 0;
            var decimals = -1;
            for (; i < cell.Length; i++)
            {
                var c = cell[i];
                if (c == (byte)'.' && decimals < 0)
                {
                    decimals = 0;
                    continue;
                }

                var digit = c - '0';
                if (digit is < 0 or > 9 || digits == 15)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + digit;
                digits++;
                if (decimals >= 0)
                {
                    decimals++;
                }
            }

            if (digits == 0)
            {
                return false;
            }

            value = decimals > 0 ? mantissa / PowersOfTen[decimals] : mantissa;
            value = negative ? -value : value;
            return true;
        }

        private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

        private InputException Error(Column column, string reason) => InputException.At(fileName, Line, Columns[(int)column], reason);

        private void WriteLine(ReadOnlySpan<byte> line, double risk)
        {
            const int MaxRiskBytes = 32;
            if (writtenLength + line.Length + MaxRiskBytes + 2 > written.Length)
            {
                Flush();
                if (line.Length + MaxRiskBytes + 2 > written.Length)
                {
                    written = new byte[(line.Length + MaxRiskBytes + 2) * 2];
                }
            }

            line.CopyTo(written.AsSpan(writtenLength));
            writtenLength += line.Length;
            written[writtenLength++] = (byte)',';
            risk.TryFormat(written.AsSpan(writtenLength), out var used, "R", CultureInfo.InvariantCulture);
            writtenLength += used;
            written[writtenLength++] = (byte)'\n';
        }

        private void Append(ReadOnlySpan<byte> bytes)
        {
            if (writtenLength + bytes.Length > written.Length)
            {
                Flush();
                if (bytes.Length > written.Length)
                {
                    written = new byte[bytes.Length * 2];
                }
            }

            bytes.CopyTo(written.AsSpan(writtenLength));
            writtenLength += bytes.Length;
        }
    }
}
