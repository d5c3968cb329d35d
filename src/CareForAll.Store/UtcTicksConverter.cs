using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareForAll.Store;

/// <summary>Stores an instant as its UTC ticks and reads it back with offset zero: ordered, exact, comparable in SQL.</summary>
internal sealed class UtcTicksConverter()
    : ValueConverter<DateTimeOffset, long>(instant => instant.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
