using Gongkai.Data.Catalogue;
using Gongkai.Domain.Catalogue;

namespace Gongkai.Web.Catalogue;

/// <summary>Registers the catalogue services (search, rich-text sanitising).</summary>
public static class CatalogueServices
{
    /// <summary>Adds <see cref="CatalogueSearch"/> and the HTML sanitiser of entry bodies.</summary>
    public static IServiceCollection AddCatalogue(this IServiceCollection services)
    {
        services.AddSingleton<IRichTextSanitizer, HtmlRichTextSanitizer>();
        services.AddScoped<CatalogueSearch>();
        return services;
    }
}
