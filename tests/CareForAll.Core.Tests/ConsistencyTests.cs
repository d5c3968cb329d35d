namespace CareForAll.Core.Tests;

/// <summary>Every public Core value type has the full set of equality and ordering operators.</summary>
public sealed class ConsistencyTests
{
    private static readonly Type[] PublicTypes = typeof(NhsNumber).Assembly.GetExportedTypes();

    public static TheoryData<Type> EquatableTypes() => TypesImplementing(typeof(IEquatable<>));

    public static TheoryData<Type> ComparableTypes() => TypesImplementing(typeof(IComparable<>));

    [Theory]
    [MemberData(nameof(EquatableTypes))]
    public void EquatableTypesHaveEqualityOperators(Type type)
    {
        Assert.NotNull(type.GetMethod("op_Equality", [type, type]));
        Assert.NotNull(type.GetMethod("op_Inequality", [type, type]));
    }

    [Theory]
    [MemberData(nameof(ComparableTypes))]
    public void ComparableTypesHaveOrderingOperatorsAndNonGenericComparable(Type type)
    {
        foreach (var name in new[] { "op_LessThan", "op_LessThanOrEqual", "op_GreaterThan", "op_GreaterThanOrEqual" })
        {
            Assert.NotNull(type.GetMethod(name, [type, type]));
        }

        Assert.True(typeof(IComparable).IsAssignableFrom(type), $"{type.Name} should implement the non-generic IComparable.");
    }

    [Fact]
    public void EveryValueTypeIsCovered()
    {
        string[] expected =
        [
            nameof(AgeBand), nameof(Icd10Code), nameof(NhsNumber), nameof(OdsCode), nameof(Opcs4Code),
            nameof(ReportingPeriod), nameof(Sex), nameof(SnomedConceptId),
        ];
        var found = EquatableTypes().Select(row => row.Data.Name).Order(StringComparer.Ordinal);
        Assert.Equal(expected, found);
    }

    private static TheoryData<Type> TypesImplementing(Type openInterface)
    {
        var types = PublicTypes.Where(type => type.GetInterfaces().Any(i =>
            i.IsGenericType && i.GetGenericTypeDefinition() == openInterface && i.GetGenericArguments()[0] == type));
        return [.. types];
    }
}
