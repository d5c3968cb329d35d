using CareForAll.Core.Text;

namespace CareForAll.Core.Tests;

public sealed class SnomedConceptIdTests
{
    // Concept ids from the SNOMED CT International Edition (and, for COVID-19, the UK clinical extension, namespace
    // 1000000), as used in OpenSAFELY / OpenCodelists codelists.
    public static TheoryData<string, string> RealConcepts => new()
    {
        { "44054006", "Diabetes mellitus type 2" },
        { "73211009", "Diabetes mellitus" },
        { "38341003", "Hypertensive disorder" },
        { "22298006", "Myocardial infarction" },
        { "84114007", "Heart failure" },
        { "49436004", "Atrial fibrillation" },
        { "230690007", "Cerebrovascular accident" },
        { "195967001", "Asthma" },
        { "13645005", "Chronic obstructive lung disease" },
        { "404684003", "Clinical finding" },
        { "138875005", "SNOMED CT Concept (root)" },
        { "900000000000207008", "SNOMED CT core module (18 digits)" },
        { "1240751000000100", "COVID-19 (UK extension, partition 10)" },
    };

    public static TheoryData<string?, string> Invalid => new()
    {
        { null, "empty" },
        { "12345", "6 to 18 digits" },
        { "1234567890123456789", "6 to 18 digits" },
        { "044054006", "no leading zero" },
        { "4405400X", "6 to 18 digits" },
        { "44054007", "Verhoeff" },
        { "22298001", "Verhoeff" },
        { "44054016", "partition 01" },
        { "44054116", "partition 11" },
        { "44054026", "partition 02" },
    };

    [Theory]
    [MemberData(nameof(RealConcepts))]
    public void AcceptsRealConceptIds(string id, string meaning)
    {
        var result = SnomedConceptIdPattern.Parse(id);
        Assert.True(result.Success, $"{id} ({meaning}): {result.ErrorMessage}");
        Assert.Equal(id, result.Value.ToString());
        Assert.Equal(result.Value, SnomedConceptId.FromInt64(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [MemberData(nameof(RealConcepts))]
    public void RejectsEverySingleDigitChangeOfARealId(string id, string meaning)
    {
        for (var position = 0; position < id.Length; position++)
        {
            foreach (var replacement in "0123456789".Where(c => c != id[position]))
            {
                var changed = string.Concat(id.AsSpan(0, position), replacement.ToString(), id.AsSpan(position + 1));
                Assert.False(SnomedConceptIdPattern.Parse(changed).Success, $"{changed} (from {id}, {meaning}) should be rejected");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void RejectsWithReason(string? text, string reason)
    {
        var result = SnomedConceptIdPattern.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(reason, result.ErrorMessage, StringComparison.Ordinal);
        Assert.False(EqualityContract.TryParseGeneric<SnomedConceptId>(text, out _));
    }

    [Fact]
    public void FromInt64RejectsNonConceptNumbers()
    {
        var error = Assert.Throws<ArgumentException>(() => SnomedConceptId.FromInt64(44054007));
        Assert.Equal("value", error.ParamName);
        Assert.Contains("Verhoeff", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => SnomedConceptId.FromInt64(0));
        Assert.Throws<ArgumentException>(() => SnomedConceptId.FromInt64(-44054006));
    }

    [Fact]
    public void EqualityAndOrderingAreByTheNumber() =>
        EqualityContract.AssertOrdered(
            SnomedConceptId.Parse("38341003"), SnomedConceptId.FromInt64(38341003), SnomedConceptId.Parse("230690007"));
}
