namespace Gongkai.Web.Agencies;

/// <summary>Registers the agency services.</summary>
public static class AgencyServices
{
    /// <summary>Adds <see cref="AgencyDirectory"/>.</summary>
    public static IServiceCollection AddAgencies(this IServiceCollection services) => services.AddScoped<AgencyDirectory>();
}
