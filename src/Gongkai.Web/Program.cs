using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Gongkai.Data;
using Gongkai.Data.Catalogue;
using Gongkai.Demo;
using Gongkai.Demo.Reports;
using Gongkai.Domain.Catalogue;
using Gongkai.Web;
using Gongkai.Web.Admin;
using Gongkai.Web.Agencies;
using Gongkai.Web.Catalogue;
using Gongkai.Web.Imports;
using Gongkai.Web.Reports;
using Gongkai.Web.Requests;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.WebEncoders;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
var settings = DatabaseSettings.From(builder.Configuration);

builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = PortalLimits.MaxRequestBodyBytes);
builder.Services.Configure<FormOptions>(o =>
{
    o.MultipartBodyLengthLimit = PortalLimits.MaxRequestBodyBytes;
    o.ValueLengthLimit = (int)PortalLimits.MaxRequestBodyBytes;
    o.ValueCountLimit = 100;
});
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
});

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddDbContext<GongkaiDbContext>((services, o) => o.UseGongkaiDatabase(settings)
    .AddInterceptors(services.GetRequiredService<Gongkai.Data.AuditTrail.AuditTrailInterceptor>()));
builder.Services.AddBackOffice();
builder.Services.AddScoped<Gongkai.Web.Pages.Admin.Requests.RequestDesk>();
builder.Services.AddScoped<Gongkai.Data.Requests.RequestQueue>();
builder.Services.AddScoped<Gongkai.Data.Requests.RequestHandlingQueries>();
builder.Services.AddSingleton<Gongkai.Domain.Notices.INoticeFileRenderer>(_ => new Gongkai.Exports.Notices.NoticeFileRenderer());
builder.Services.AddScoped<Gongkai.Data.Notices.NoticeIssuer>();
builder.Services.AddReportWorkflow();
builder.Services.AddImports();
builder.Services.AddScoped<Gongkai.Web.Admin.Reminders.DailyDigestQuery>();
if (Gongkai.Web.Admin.Reminders.SmtpSettings.Read(builder.Configuration) is { } smtp)
{
    builder.Services.AddSingleton(smtp);
    builder.Services.AddSingleton<Gongkai.Web.Admin.Reminders.DigestMailer>();
    builder.Services.AddSingleton<Gongkai.Web.Admin.Reminders.DailyDigestMailing>();
    builder.Services.AddHostedService<Gongkai.Web.Admin.Reminders.DailyDigestService>();
}
builder.Services.AddSingleton(AccessCodes.From(builder.Configuration));
builder.Services.AddSingleton<IRichTextSanitizer, HtmlRichTextSanitizer>();
builder.Services.AddScoped<AgencyDirectory>();
builder.Services.AddScoped<CatalogueSearch>();
builder.Services.AddScoped<OnlineRequestSubmission>();
builder.Services.AddScoped<RequestTracking>();
builder.Services.AddScoped<PublishedReports>();
builder.Services.AddRazorPages(o =>
{
    o.Conventions.AuthorizeFolder("/Admin");
    o.Conventions.AllowAnonymousToPage(BackOffice.LoginPath);
});
builder.Services.AddAntiforgery(o => o.Cookie.Name = "gongkai.af");
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks();
builder.Services.AddRateLimiter(o =>
{
    o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    o.AddPolicy(PortalLimits.SubmissionPolicy, context => PortalLimits.Window(context, builder.Configuration, "Submission", 10));
    o.AddPolicy(PortalLimits.SearchPolicy, context => PortalLimits.Window(context, builder.Configuration, "Search", 120));
    o.OnRejected = async (context, token) =>
    {
        context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
        await context.HttpContext.Response.WriteAsync("请求过于频繁，请稍后再试。", token);
    };
});

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
    var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
    await GongkaiDatabase.PrepareAsync(db, time);
    if (app.Configuration.GetValue("Portal:LoadDemo", true))
    {
        var demo = new DemoOptions(
            app.Configuration.GetValue("Portal:Demo:EntriesPerGovernment", DemoOptions.Default.EntriesPerGovernment),
            app.Configuration.GetValue("Portal:Demo:EntriesPerSubordinate", DemoOptions.Default.EntriesPerSubordinate));
        var added = await DemoData.EnsureLoadedAsync(db, time, demo);
        if (added > 0)
        {
            app.Logger.LogInformation("Demo data loaded: {Count} catalogue entries", added);
        }

        var reports = await DemoReportData.EnsureLoadedAsync(db, time);
        if (reports > 0)
        {
            app.Logger.LogInformation("Demo data loaded: {Count} annual reports published", reports);
        }
    }

    await BackOffice.EnsureAdministratorAsync(scope.ServiceProvider, app.Configuration);
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}

app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapRazorPages();
app.MapOpenApi();
app.MapScalarApiReference();
app.MapHealthChecks("/healthz");
app.MapCatalogueApi();
app.MapRequestsApi();
app.MapAgenciesApi();
app.MapReportsApi();

app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var address in app.Urls)
    {
        Console.WriteLine($"Gongkai 政府信息公开平台: {address}  (API: {address}/scalar/v1)");
    }
});

app.Run();

/// <summary>The web host (public for WebApplicationFactory).</summary>
public partial class Program;
