using Microsoft.Extensions.DependencyInjection;

namespace CareForAll.Store.Tests.Backends;

internal static class ServiceScopeExtensions
{
    public static T Get<T>(this AsyncServiceScope scope)
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();
}
