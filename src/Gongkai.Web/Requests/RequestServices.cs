using Gongkai.Data.Notices;
using Gongkai.Data.Requests;
using Gongkai.Domain.Notices;
using Gongkai.Exports.Notices;
using Gongkai.Web.Pages.Admin.Requests;

namespace Gongkai.Web.Requests;

/// <summary>Registers the request services: online submission and tracking (portal, API) and the back office's desk, queue and notices.</summary>
public static class RequestServices
{
    /// <summary>Adds the access-code key (<c>Portal:AccessCodeKey</c>), submission, tracking, desk, queue and notice issuing.</summary>
    public static IServiceCollection AddRequests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(AccessCodes.From(configuration));
        services.AddScoped<OnlineRequestSubmission>();
        services.AddScoped<RequestTracking>();
        services.AddScoped<RequestDesk>();
        services.AddScoped<RequestQueue>();
        services.AddScoped<RequestHandlingQueries>();
        services.AddSingleton<INoticeFileRenderer>(_ => new NoticeFileRenderer());
        services.AddScoped<NoticeIssuer>();
        return services;
    }
}
