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
                value = i;
                break;
            case LakeType.TinyInt:
                ok = sbyte.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var b);
                value = b;
                break;
            case LakeType.Double:
                ok = double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d);
                value = d;
                break;
            case LakeType.Boolean:
                ok = TryBoolean(s, out var flag);
                value = flag;
                break;
            case LakeType.Date:
                ok = DateOnly.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
                value = date;
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

    /// <summary>A short form of long text for messages.</summary>
    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

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
