using System.Globalization;
using System.Threading.RateLimiting;

namespace CareForAll.Web.Hosting;

/// <summary>
/// Rate limiting for the API: a fixed window per client address. A client over its limit gets
/// <c>429 Too Many Requests</c> with <c>Retry-After</c> in seconds. The limit is set by
/// <c>CareForAll:ApiRequestsPerMinute</c> (default <see cref="DefaultRequestsPerMinute"/>).
/// </summary>
public static class ApiRateLimits
{
    public const string Policy = "api";

    public const int DefaultRequestsPerMinute = 600;

    public static IServiceCollection AddApiRateLimits(this IServiceCollection services, int requestsPerMinute) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = requestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            options.OnRejected = (context, _) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
}
