using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Agencies;

/// <summary>An agency as the API lists it.</summary>
public sealed record AgencyView(Guid Id, string Code, string Name, string Kind, Guid? ParentId);

/// <summary>The agency list (to choose the agency a request goes to).</summary>
public static class AgenciesApi
{
    /// <summary>Maps <c>GET /api/agencies</c>.</summary>
    public static void MapAgenciesApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/agencies", ListAsync).WithTags("机关").WithSummary("行政机关列表");

    private static async Task<Ok<AgencyView[]>> ListAsync([FromKeyedServices(PortalReads.Key)] AgencyDirectory agencies, CancellationToken cancellationToken) =>
        TypedResults.Ok((await agencies.AllAsync(cancellationToken)).Select(a => new AgencyView(a.Id, a.Code, a.Name, a.Kind.ToString(), a.ParentId)).ToArray());
}
