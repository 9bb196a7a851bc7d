using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Gongkai.Domain.AnnualReports;
using Gongkai.Web.Admin;
using Microsoft.Extensions.WebEncoders;
using Scalar.AspNetCore;

namespace Gongkai.Web.Hosting;

/// <summary>The Razor pages of the portal and the back office, and the public JSON API with its OpenAPI description.</summary>
public static class PortalPages
{
    /// <summary>Adds Razor pages (/Admin requires a signed-in account), antiforgery and Chinese-friendly HTML encoding.</summary>
    public static IServiceCollection AddPortalPages(this IServiceCollection services)
    {
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin");
            o.Conventions.AllowAnonymousToPage(BackOffice.LoginPath);
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "gongkai.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SuppressXFrameOptionsHeader = true;
        });
        return services;
    }

    /// <summary>Adds the JSON settings of the API (Chinese unescaped, enums as names) and OpenAPI.</summary>
    public static IServiceCollection AddPublicApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            // the report format's own converter first: a converter in the options outranks the one on the type
            o.SerializerOptions.Converters.Add(new ReportFormatJsonConverter());
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        services.AddOpenApi();
        return services;
    }

    /// <summary>Maps the pages, the OpenAPI document and its Scalar reference (/scalar/v1).</summary>
    public static WebApplication MapPortalPages(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapOpenApi();
        app.MapScalarApiReference();
        return app;
    }
}
