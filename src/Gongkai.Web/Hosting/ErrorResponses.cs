using Microsoft.AspNetCore.Diagnostics;

namespace Gongkai.Web.Hosting;

/// <summary>
/// Every error answered in words (docs/security.md): from <c>/api</c> problem details (<see cref="ApiProblems"/>),
/// from pages the Chinese error page (<c>/Error</c>) — unreadable requests, unknown addresses, wrong methods, 413,
/// 415 and exceptions alike. Never a stack trace, in any environment.
/// </summary>
public static class ErrorResponses
{
    /// <summary>Makes minimal APIs throw on unreadable input so the exception handler can name the field.</summary>
    public static IServiceCollection AddErrorResponses(this IServiceCollection services)
    {
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        return services;
    }

    /// <summary>The exception handler and the status-code pages: problem details for the API, the error page otherwise.</summary>
    public static WebApplication UseErrorResponses(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            StatusCodeSelector = e => e switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                _ when DatabaseOutage.IsOutage(e) => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseWhen(ApiProblems.IsApi, api => api.UseStatusCodePages(context =>
            ApiProblems.Problem(context.HttpContext.Response.StatusCode).ExecuteAsync(context.HttpContext)));
        app.UseWhen(context => !ApiProblems.IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        return app;
    }

    /// <summary>Writes API exceptions as problem details; page exceptions go on to the error page.</summary>
    private sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            var original = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
            var path = original is null ? httpContext.Request.Path : new PathString(original);
            if (!path.StartsWithSegments(ApiProblems.ApiPath, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            httpContext.Request.Path = path;

            if (DatabaseOutage.IsOutage(exception))
            {
                logger.LogWarning("Database unreachable on {Path}: {Message}", path, exception.Message);
                httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                httpContext.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ApiProblems.Problem(StatusCodes.Status503ServiceUnavailable, DatabaseOutage.Detail).ExecuteAsync(httpContext);
                return true;
            }

            if (exception is BadHttpRequestException bad)
            {
                logger.LogInformation("Unreadable API request {Path}: {Message}", path, bad.Message);
                httpContext.Response.StatusCode = bad.StatusCode;
                await ApiProblems.FromBadRequest(bad).ExecuteAsync(httpContext);
                return true;
            }

            logger.LogError(exception, "Unhandled exception on {Path}", path);
            await ApiProblems.Problem(StatusCodes.Status500InternalServerError).ExecuteAsync(httpContext);
            return true;
        }
    }
}
