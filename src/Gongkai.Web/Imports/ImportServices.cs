using Gongkai.Data.Imports;

namespace Gongkai.Web.Imports;

/// <summary>The services of the back office's import page (/Admin/Imports).</summary>
public static class ImportServices
{
    /// <summary>Registers the importers.</summary>
    public static IServiceCollection AddImports(this IServiceCollection services)
    {
        services.AddScoped<RequestLedgerImport>();
        services.AddScoped<CatalogueImport>();
        return services;
    }
}
