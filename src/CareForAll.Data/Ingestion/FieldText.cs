using System.Globalization;

namespace CareForAll.Data.Ingestion;

/// <summary>
/// Turns the text of one field into the value its lake column holds: integers, decimals with a point, booleans
/// (<c>true/false</c>, <c>1/0</c>, <c>Y/N</c>), dates (<c>yyyy-MM-dd</c>, <c>yyyyMMdd</c> or <c>dd/MM/yyyy</c>) and
/// timestamps (ISO 8601; an offset is converted to UTC). Empty text is null.
/// </summary>
internal static class FieldText
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyyMMdd", "dd/MM/yyyy"];
    private static readonly string[] TimeFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.fff", "yyyy-MM-dd HH:mm:ss.fff"];

    /// <summary>Parses <paramref name="text"/> as <paramref name="type"/>; on failure returns false and says why.</summary>
    public static bool TryParse(string text, LakeType type, out object? value, out string? reason)
    {
        reason = null;
        value = null;
        if (text.Length == 0)
        {
            return true;
        }

        var s = text.AsSpan().Trim();
        var ok = true;
        switch (type)
        {
            case LakeType.Varchar:
                value = text.Trim();
                break;
            case LakeType.BigInt:
                ok = long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l);
                value = l;
                break;
            case LakeType.Integer:
                ok = int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i);
                value = SharedBoxes.Of(i);
                break;
            case LakeType.TinyInt:
                ok = sbyte.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var b);
                value = SharedBoxes.Of(b);
                break;
            case LakeType.Double:
                ok = double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d);
                value = d;
                break;
            case LakeType.Boolean:
                ok = TryBoolean(s, out var flag);
                value = SharedBoxes.Of(flag);
                break;
            case LakeType.Date:
                ok = DateOnly.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
                value = SharedBoxes.Of(date);
                break;
            case LakeType.Timestamp:
                ok = TryTimestamp(s, out var time);
                value = time;
                break;
            default:
                ok = false;
                break;
        }

        if (!ok)
        {
            value = null;
            reason = $"'{Shorten(text)}' is not a {Describe(type)}";
        }

        return ok;
    }

    /// <summary>
    /// Parses a field given as UTF-8 bytes, surrounding white space ignored, as <paramref name="type"/>: plain ASCII
    /// numbers and <c>yyyy-MM-dd</c> dates are read straight from the bytes; anything else goes through
    /// <see cref="TryParse(string, LakeType, out object?, out string?)"/>, so the outcome and message are the same.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, LakeType type, out object? value, out string? reason)
    {
        var s = utf8.Trim(" \t"u8);
        reason = null;
        value = null;
        if (s.IsEmpty)
        {
            return utf8.IsEmpty || TryParse(LineChunk.Utf8.GetString(utf8).Trim(), type, out value, out reason);
        }

        var invariant = CultureInfo.InvariantCulture;
        switch (type)
        {
            case LakeType.BigInt when long.TryParse(s, NumberStyles.AllowLeadingSign, invariant, out var l):
                value = l;
                return true;
            case LakeType.Integer when int.TryParse(s, NumberStyles.AllowLeadingSign, invariant, out var i):
                value = SharedBoxes.Of(i);
                return true;
            case LakeType.TinyInt when sbyte.TryParse(s, NumberStyles.AllowLeadingSign, invariant, out var b):
                value = SharedBoxes.Of(b);
                return true;
            case LakeType.Double when double.TryParse(s, NumberStyles.Float, invariant, out var d) && double.IsFinite(d):
                value = d;
                return true;
            case LakeType.Date when TryIsoDate(s, out var date):
                value = SharedBoxes.Of(date);
                return true;
            default:
                return TryParse(LineChunk.Utf8.GetString(utf8).Trim(), type, out value, out reason);
        }
    }

    /// <summary>A short form of long text for messages.</summary>
    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>Exactly <c>yyyy-MM-dd</c> in ASCII digits, a real calendar date.</summary>
    internal static bool TryIsoDate(ReadOnlySpan<byte> s, out DateOnly date)
    {
        date = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-'
            || !int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(s[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(s[8..], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryBoolean(ReadOnlySpan<char> s, out bool value)
    {
        value = s is "1" || s.Equals("true", StringComparison.OrdinalIgnoreCase) || s.Equals("y", StringComparison.OrdinalIgnoreCase);
        return value || s is "0" || s.Equals("false", StringComparison.OrdinalIgnoreCase) || s.Equals("n", StringComparison.OrdinalIgnoreCase);
    }

    private static bool TryTimestamp(ReadOnlySpan<char> s, out DateTime value)
    {
        if (DateTime.TryParseExact(s, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out value))
        {
            value = DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
            return true;
        }

        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var offset))
        {
            value = DateTime.SpecifyKind(offset.UtcDateTime, DateTimeKind.Unspecified);
            return true;
        }

        return false;
    }

    private static string Describe(LakeType type) => type switch
    {
        LakeType.BigInt or LakeType.Integer => "whole number",
        LakeType.TinyInt => "small whole number (-128 to 127)",
        LakeType.Double => "number",
        LakeType.Boolean => "true/false",
        LakeType.Date => "date (yyyy-MM-dd)",
        LakeType.Timestamp => "timestamp (yyyy-MM-ddTHH:mm:ss)",
        _ => "text",
    };
}
