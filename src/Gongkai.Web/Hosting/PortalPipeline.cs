namespace Gongkai.Web.Hosting;

/// <summary>The middleware of every request, in order.</summary>
public static class PortalPipeline
{
    /// <summary>The services of the middleware <see cref="UsePortal"/> runs: security headers, error responses, body and rate limits, output cache.</summary>
    public static IServiceCollection AddPortalPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalLimits(configuration);
        services.AddSecurityHeaders(configuration);
        services.AddErrorResponses();
        services.AddPortalOutputCache(configuration);
        return services;
    }

    /// <summary>Security headers, error responses, static files, routing, body limit, sign-in, authorization, rate limits, output cache (anonymous portal pages), antiforgery.</summary>
    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseErrorResponses();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestBodyLimit();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UsePortalOutputCache();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>Prints the addresses once the host listens.</summary>
    public static WebApplication AnnounceAddresses(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var address in app.Urls)
            {
                Console.WriteLine($"Gongkai 政府信息公开平台: {address}  (API: {address}/scalar/v1)");
            }
        });
        return app;
    }
}
