namespace Gongkai.Web.Agencies;

/// <summary>An agency as the API lists it.</summary>
public sealed record AgencyView(Guid Id, string Code, string Name, string Kind, Guid? ParentId);

/// <summary>The agency list (to choose the agency a request goes to).</summary>
public static class AgenciesApi
{
    /// <summary>Maps <c>GET /api/agencies</c>.</summary>
    public static void MapAgenciesApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/agencies", async (AgencyDirectory agencies, CancellationToken cancellationToken) =>
                (await agencies.AllAsync(cancellationToken)).Select(a => new AgencyView(a.Id, a.Code, a.Name, a.Kind.ToString(), a.ParentId)))
            .WithTags("机关").WithSummary("行政机关列表");
}
